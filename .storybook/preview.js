import { installStoryFetch } from '../stories/story-fetch.ts';

// Stories answer their "endpoints" from memory (stories/story-fetch.ts): no server needed.
installStoryFetch();

// The widgets speak the page's language, and Storybook's preview page says lang="en". German
// first, as on a city's pages; the English stories set lang="en" on a wrapper of their own.
document.documentElement.lang = 'de';

export default {
  parameters: { layout: 'padded' },
};
