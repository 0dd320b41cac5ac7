/** Storybook for civic-widgets: every state of every widget, with no live server. */
export default {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
};
