import { installStoryFetch } from '../stories/story-fetch.ts';

// Stories answer their "endpoints" from memory (stories/story-fetch.ts): no server needed.
installStoryFetch();

export default {
  parameters: { layout: 'padded' },
};
