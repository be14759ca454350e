import type { ChatMessageView, ChatSessionView } from '@nabij/chat/contracts';

export const SESSION_ID = '6f1c2a3b-1111-4222-8333-444455556666';

export function sessionView(over: Partial<ChatSessionView> = {}): ChatSessionView {
  return {
    id: SESSION_ID,
    status: 'waiting',
    anonymous: true,
    caseId: null,
    createdAt: '2026-03-02T14:30:00.000Z',
    pickedUpAt: null,
    endedAt: null,
    durationSeconds: null,
    endedReason: null,
    topic: null,
    lastSeq: 0,
    queue: { position: 2, estimatedWaitSeconds: 1800 },
    evaluated: false,
    videoAppointmentId: null,
    ...over,
  };
}

export function message(seq: number, sender: ChatMessageView['sender'], body: string, sessionId = SESSION_ID): ChatMessageView {
  return { sessionId, seq, sender, body, clientMsgId: null, createdAt: '2026-03-02T14:31:00.000Z' };
}
