import type { ChatEndedReason, ChatSenderRole, ChatSessionStatus } from '@nabij/chat/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('chat_session')
export class ChatSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text' })
  status: ChatSessionStatus;

  /** The registered client; null while the chat is anonymous. */
  @Column({ type: 'uuid', name: 'client_id', nullable: true })
  clientId: string | null;

  @Column({ type: 'uuid', name: 'case_id', nullable: true })
  caseId: string | null;

  @Column({ type: 'uuid', name: 'postcode_check_id', nullable: true })
  postcodeCheckId: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'date', name: 'birth_date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'uuid', name: 'financier_id', nullable: true })
  financierId: string | null;

  /** sha256 of the anonymous chat token. */
  @Column({ type: 'text', name: 'token_hash', nullable: true, select: false })
  tokenHash: string | null;

  @Column({ type: 'uuid', name: 'worker_id', nullable: true })
  workerId: string | null;

  @Column({ type: 'int', name: 'last_seq' })
  lastSeq: number;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'picked_up_at', nullable: true })
  pickedUpAt: Date | null;

  @Column({ type: 'timestamptz', name: 'ended_at', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', name: 'ended_by', nullable: true })
  endedBy: ChatSenderRole | null;

  @Column({ type: 'int', name: 'duration_seconds', nullable: true })
  durationSeconds: number | null;

  /** Why it ended without a worker: 'left_queue' when the waiting client was gone past the grace period. */
  @Column({ type: 'text', name: 'ended_reason', nullable: true })
  endedReason: ChatEndedReason | null;

  /** When the waiting client's last socket went away; null while one is connected (or never was). */
  @Column({ type: 'timestamptz', name: 'client_left_at', nullable: true })
  clientLeftAt: Date | null;

  /** When the waiting client was last known to be connected (joined, or found by the presence check). */
  @Column({ type: 'timestamptz', name: 'client_seen_at', nullable: true })
  clientSeenAt: Date | null;

  /** What the client typed while waiting, so the worker sees the topic. */
  @Column({ type: 'text', nullable: true })
  topic: string | null;

  /** A name an anonymous visitor chose for the queue. */
  @Column({ type: 'text', nullable: true })
  nickname: string | null;

  /** The organisation's n-th anonymous chat of the day ("Anoniem 3"). */
  @Column({ type: 'int', name: 'visitor_number', nullable: true })
  visitorNumber: number | null;

  @Column({ type: 'timestamptz', name: 'converted_at', nullable: true })
  convertedAt: Date | null;

  @Column({ type: 'uuid', name: 'converted_by', nullable: true })
  convertedBy: string | null;

  /** The video appointment the worker booked from this chat ("Verder met video"), or null. */
  @Column({ type: 'uuid', name: 'video_appointment_id', nullable: true })
  videoAppointmentId: string | null;
}

@Entity('chat_message')
export class ChatMessageEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'text', name: 'sender_role' })
  senderRole: ChatSenderRole;

  @Column({ type: 'uuid', name: 'sender_id', nullable: true })
  senderId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', name: 'client_msg_id', nullable: true })
  clientMsgId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

@Entity('chat_evaluation')
export class ChatEvaluationEntity {
  @PrimaryColumn({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @Column({ type: 'smallint' })
  helpful: number;

  @Column({ type: 'smallint' })
  understood: number;

  @Column({ type: 'boolean' })
  again: boolean;

  /** Optional free text; erased with the client's data, shown to a team lead only without names. */
  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
