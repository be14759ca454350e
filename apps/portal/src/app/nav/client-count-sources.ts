/**
 * What the menu asks for a client, in one file that `NavCounts` loads on first use: one `import()`
 * gives the browser one small file that names the four (instead of one such file per store), so the
 * client home's code and its counts reach a phone in fewer requests (issue 12).
 */
export { UnreadStore } from '@nabij/messages/portal/lib/unread.store';
export { ChatStatusStore } from '@nabij/chat/portal/lib/chat-status.store';
export { TrainingStore } from '@nabij/trainings/portal/lib/training.store';
export { ForumApi } from '@nabij/forum/portal/lib/forum.api';
