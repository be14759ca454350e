/** Open: all registered clients of the organisation. Closed: a course's participants and trainers only. */
export const FORUM_KINDS = ['open', 'closed'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

/** pending: waits for a moderator (a new member's first post, or flagged); hidden by a moderator; deleted by its author. */
export const POST_STATUSES = ['pending', 'published', 'hidden', 'deleted'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** Why a post waits for a moderator before it is published. */
export const FORUM_FLAGS = ['first_post', 'phone', 'email', 'word', 'crisis'] as const;
export type ForumFlag = (typeof FORUM_FLAGS)[number];

/** An author may change a post this long after writing it. */
export const EDIT_WINDOW_MINUTES = 15;
export const MAX_POST_LENGTH = 4000;
export const MAX_TITLE_LENGTH = 120;
export const MAX_REASON_LENGTH = 500;
export const MAX_MUTE_DAYS = 90;
/** Letters (any script), digits, spaces, dot, dash and underscore; 3 to 30 characters. */
export const NICKNAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{1,28}[\p{L}\p{N}]$/u;

export const MODERATION_ACTIONS = ['approve', 'hide', 'restore'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** The forum's own view of the signed-in person: never their real name. */
export interface ForumMe {
  /** Null until chosen; chosen once. */
  nickname: string | null;
  /** Workers moderate the forums they see. */
  moderator: boolean;
  /** Set while a moderator has muted this member: no posting until then. */
  mutedUntil: string | null;
  /** True once a moderator approved the first post; until then posts wait for approval. */
  approved: boolean;
}

export interface ForumSummary {
  id: string;
  kind: ForumKind;
  title: string;
  description: string;
  topicCount: number;
  /** Topics with published posts the member has not seen yet. */
  unreadTopics: number;
}

export interface StepLink {
  stepId: string;
  trainingId: string;
  /** The step's title, with its module's: "Module 2 · Nee zeggen". */
  title: string;
  moduleTitle: string;
}

export interface TopicSummary {
  id: string;
  forumId: string;
  title: string;
  authorNickname: string;
  mine: boolean;
  byModerator: boolean;
  status: PostStatus;
  createdAt: string;
  lastActivityAt: string;
  replyCount: number;
  unread: boolean;
  step: StepLink | null;
}

export interface ForumPost {
  id: string;
  topicId: string;
  authorNickname: string;
  mine: boolean;
  byModerator: boolean;
  /** Empty for a deleted post, and for a hidden one unless the reader is its author or a moderator. */
  body: string;
  status: PostStatus;
  createdAt: string;
  editedAt: string | null;
  /** Until when the author may still edit; null when not the reader's or past. */
  editableUntil: string | null;
  helpfulCount: number;
  helpedMe: boolean;
  /** Why a moderator hid it; for its author and moderators only. */
  moderationReason: string | null;
  /** Why it waits; for its author and moderators only. */
  flags: ForumFlag[];
}

export interface ForumPage {
  forum: ForumSummary;
  topics: TopicSummary[];
}

export interface TopicView {
  forum: Pick<ForumSummary, 'id' | 'kind' | 'title'>;
  topic: TopicSummary;
  /** The opening post first, then the replies, oldest first. */
  posts: ForumPost[];
}

/** What writing a post did: published at once, or waiting for a moderator (and why). */
export interface PostResult {
  post: ForumPost;
  pending: boolean;
  /** Crisis words: moderators were alerted at once; show the help numbers. */
  crisis: boolean;
}

export interface ForumCounts {
  unreadTopics: number;
  /** Waiting posts and open reports; moderators only, else 0. */
  moderationQueue: number;
}

export interface ModerationItem {
  post: ForumPost;
  forumId: string;
  forumTitle: string;
  topicTitle: string;
  /** The author's member id, to mute them. */
  authorId: string;
  authorMutedUntil: string | null;
  reports: Array<{ reason: string; createdAt: string }>;
}

export interface ChooseNickname {
  nickname: string;
}
export interface CreateTopic {
  title: string;
  body: string;
  /** The module step this conversation belongs to ("Praat erover in de groep"). */
  stepId?: string;
}
export interface WritePost {
  body: string;
}
export interface ReportPost {
  reason: string;
}
export interface ModeratePost {
  action: ModerationAction;
  /** Required to hide or restore. */
  reason?: string;
}
export interface MuteMember {
  days: number;
  reason: string;
}

/** Shown on every forum page. */
export const FORUM_HELP_NUMBERS = { crisis: '113', emergency: '112', crisisFree: '0800-0113' } as const;
