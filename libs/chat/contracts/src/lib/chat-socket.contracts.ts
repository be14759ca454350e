import type { ChatMessageView, ChatQueuePosition, ChatSenderRole, ChatSessionView } from './chat.contracts';

/** socket.io namespace; connect with `io('/chat', { auth: { token } })` (access token or chat token). */
export const CHAT_NAMESPACE = '/chat';

/** Events the client emits; every one takes an ack callback that receives a `ChatAck`. */
export const ChatClientEvent = {
  /** `{ sessionId, lastSeenSeq? }` → ack with the session and every message after lastSeenSeq. */
  Join: 'chat:join',
  /** `{ sessionId, body, clientMsgId? }` → ack after the message is stored. Resending a clientMsgId is safe. */
  Send: 'chat:message',
  /** `{ sessionId, typing }`, no ack needed. */
  Typing: 'chat:typing',
} as const;

/** Events the server emits. */
export const ChatServerEvent = {
  /** `ChatMessageView`, to everyone in the chat except the sender. */
  Message: 'chat:message',
  /** `ChatTypingEvent` */
  Typing: 'chat:typing',
  /** `ChatSessionView`, when a worker picks up or the chat ends. */
  Session: 'chat:session',
  /** `ChatQueuePosition & { sessionId }`, to a waiting client when the queue moves. */
  Queue: 'chat:queue',
  /** `{ organisationId }`, to duty workers: reload the queue. */
  QueueChanged: 'chat:queue-changed',
  /** `{ reason: 'logged_out' | 'expired' }`, just before the server closes a socket whose login ended: log in or refresh, then reconnect. */
  LoginEnded: 'chat:login-ended',
} as const;

export interface ChatJoinPayload {
  sessionId: string;
  lastSeenSeq?: number;
}

export interface ChatSendPayload {
  sessionId: string;
  body: string;
  /** A client-chosen id (max 64 chars) that makes a resend after a dropped connection harmless. */
  clientMsgId?: string;
}

export interface ChatTypingPayload {
  sessionId: string;
  typing: boolean;
}

export interface ChatTypingEvent {
  sessionId: string;
  sender: ChatSenderRole;
  typing: boolean;
}

export type ChatQueueEvent = ChatQueuePosition & { sessionId: string };

export type ChatErrorCode = 'invalid' | 'not_found' | 'ended' | 'too_long' | 'rate_limited' | 'not_joined' | 'unavailable';

export type ChatAck<T> = { ok: true; data: T } | { ok: false; error: ChatErrorCode; message: string };

export interface ChatJoinResult {
  session: ChatSessionView;
  messages: ChatMessageView[];
}
