/** Shapes of the chat REST API (`/api/chat/...`), shared by the API and the portal. */

/** GET /api/chat/status: is the chat consultation hour (chatspreekuur) open right now? */
export interface ChatStatusResponse {
  open: boolean;
  /** When the current opening ends (ISO), only while open. */
  closesAt: string | null;
  /** When chat opens next (ISO), only while closed; null when nothing is planned in the next weeks. */
  nextOpensAt: string | null;
  /** Workers on the duty roster right now (bureaudienst). */
  workersOnDuty: number;
}

export type ChatSessionStatus = 'waiting' | 'active' | 'ended';
/** Why a chat ended without anyone pressing "end": the waiting client was gone longer than the grace period. */
export type ChatEndedReason = 'left_queue';

/** Queue limits shared by both sides. */
export const CHAT_TOPIC_MAX_LENGTH = 500;
export const CHAT_NICKNAME_MAX_LENGTH = 40;

/** What a participant (client or worker) sees of one chat. */
export interface ChatSessionView {
  id: string;
  status: ChatSessionStatus;
  anonymous: boolean;
  caseId: string | null;
  createdAt: string;
  pickedUpAt: string | null;
  endedAt: string | null;
  durationSeconds: number | null;
  /** Set when the chat ended because the waiting client was gone too long: tell them and offer a new place. */
  endedReason: ChatEndedReason | null;
  /** What the client typed while waiting. */
  topic: string | null;
  /** The last message number; reconnecting clients ask for messages after the last one they saw. */
  lastSeq: number;
  /** Only while waiting. */
  queue: ChatQueuePosition | null;
  evaluated: boolean;
  /**
   * "Verder met video": the video appointment the worker started from this chat; the client's chat
   * window shows "Deelnemen" (to /video/<id>). The chat stays open until the worker ends it.
   */
  videoAppointmentId: string | null;
}

export interface ChatQueuePosition {
  /** 1 = next in line. */
  position: number;
  estimatedWaitSeconds: number;
}

/** POST /api/chat/anonymous: start a chat without an account, after a served postcode check. */
export interface StartAnonymousChatRequest {
  checkId: string;
  email?: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  /** A name for the queue, so the worker can tell you apart (not your real name, if you like). */
  nickname?: string;
}

/** PUT /api/chat/anonymous/topic and PUT /api/chat/sessions/:id/topic, while waiting. */
export interface ChatTopicRequest {
  topic: string;
}

export interface StartAnonymousChatResponse {
  session: ChatSessionView;
  /** Chat-scoped token: send it as `handshake.auth.token` and as the `X-Chat-Token` header. Keep it to reconnect. */
  chatToken: string;
}

/** One waiting or held chat as a duty worker sees it. */
export interface ChatQueueEntry {
  id: string;
  status: ChatSessionStatus;
  position: number | null;
  waitingSeconds: number;
  anonymous: boolean;
  /** How to tell anonymous visitors apart: the nickname they chose, else "Anoniem <visitorNumber>". */
  nickname: string | null;
  visitorNumber: number | null;
  /** Whether the waiting client has a socket connected now (always true for chats in progress). */
  connected: boolean;
  /** Since when the client is gone (ISO); they leave the queue after `graceSeconds`. */
  goneSince: string | null;
  /** What the client typed while waiting. */
  topic: string | null;
  clientName: string | null;
  email: string | null;
  postcode: string | null;
  birthDate: string | null;
  financier: string | null;
  caseId: string | null;
  createdAt: string;
}

/** GET /api/chat/queue/count (worker): for the navigation, a number only (no names, no questions). */
export interface ChatQueueCount {
  waiting: number;
}

/** GET /api/chat/queue */
export interface ChatQueueResponse {
  waiting: ChatQueueEntry[];
  /** Chats this worker holds now. */
  mine: ChatQueueEntry[];
  onDuty: boolean;
  /** How long a waiting client may be gone before they leave the queue. */
  graceSeconds: number;
}

export type ChatSenderRole = 'client' | 'worker';

/** One line of the transcript. `body` is plain text: render it as text, never as HTML. */
export interface ChatMessageView {
  sessionId: string;
  seq: number;
  sender: ChatSenderRole;
  body: string;
  clientMsgId: string | null;
  createdAt: string;
}

/** POST /api/chat/sessions/:id/convert: attach an anonymous chat (and its transcript) to a case. */
export interface ConvertChatRequest {
  caseId: string;
}

/** Longest free-text remark after a chat or a message thread (the team lead sees it without names). */
export const EVALUATION_REMARK_MAX_LENGTH = 500;

/** The three questions after a chat, and an optional remark. */
export interface ChatEvaluationRequest {
  /** 1–5 */
  helpful: number;
  /** 1–5 */
  understood: number;
  again: boolean;
  /** Optional; the form asks to leave out names. */
  remark?: string;
}

export const CHAT_MESSAGE_MAX_LENGTH = 2000;
export const CHAT_TOKEN_HEADER = 'x-chat-token';

/** Chat appointments are always this long. */
export const CHAT_APPOINTMENT_MINUTES = 30;
/** How far ahead a client can book a chat appointment. */
export const CHAT_APPOINTMENT_DAYS_AHEAD = 7;

export interface ChatAppointmentSlot {
  /** ISO instant */
  startsAt: string;
  endsAt: string;
}

/** A planned chat appointment (an appointment of kind 'chat' in the case's dossier). */
export interface ChatAppointmentView {
  id: string;
  caseId: string;
  startsAt: string;
  durationMinutes: number;
}

/**
 * GET /api/chat/appointment-slots (registered clients with an open case): the free 30-minute slots
 * in chat hours in the coming 7 days with the case's own worker, and the client's upcoming booking.
 */
export interface ChatAppointmentSlotsResponse {
  caseId: string;
  workerName: string | null;
  slots: ChatAppointmentSlot[];
  /** A client holds at most one upcoming chat appointment. */
  upcoming: ChatAppointmentView | null;
}

/** POST /api/chat/appointments */
export interface BookChatAppointmentRequest {
  /** startsAt of one of the offered slots */
  startsAt: string;
}
