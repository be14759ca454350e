/** Without history we assume a chat takes half an hour (the domain says 30–45 minutes). */
export const DEFAULT_CHAT_SECONDS = 30 * 60;
/** Time for a free worker to notice and pick up the next chat. */
export const PICK_UP_SECONDS = 2 * 60;

/**
 * Rough wait for the client at `position` (1 = next): the chats ahead of them, shared over the
 * workers on duty, each taking as long as recent chats did on average.
 */
export function estimateWaitSeconds(position: number, workersOnDuty: number, averageChatSeconds: number | null): number {
  const average = Math.min(Math.max(averageChatSeconds ?? DEFAULT_CHAT_SECONDS, 5 * 60), 60 * 60);
  const ahead = Math.max(position - 1, 0);
  return Math.round((ahead * average) / Math.max(workersOnDuty, 1)) + PICK_UP_SECONDS;
}
