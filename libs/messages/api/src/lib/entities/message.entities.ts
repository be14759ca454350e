import type { NotificationKind, SlaOutcome } from '@nabij/messages/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A conversation between a client and the worker of a case, or the duty queue (case_id null). */
@Entity('message_thread')
export class MessageThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'uuid', name: 'client_id' })
  clientId: string;

  @Column({ type: 'uuid', name: 'case_id', nullable: true })
  caseId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'last_message_at' })
  lastMessageAt: Date;

  /** When a worker closed the conversation; null while open (a client message reopens it). */
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;
}

@Entity('message')
export class MessageEntity {
  /** Chosen by the sender, so a retried send finds the message it already stored. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ type: 'uuid', name: 'thread_id' })
  threadId: string;

  @Column({ type: 'uuid', name: 'sender_id' })
  senderId: string;

  @Column({ type: 'text', name: 'sender_role' })
  senderRole: 'client' | 'worker';

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz', name: 'received_at' })
  receivedAt: Date;

  @Column({ type: 'timestamptz', name: 'answer_by', nullable: true })
  answerBy: Date | null;
}

/** How far one reader has read a thread; unread = messages by others after this. */
@Entity('message_read')
export class MessageReadEntity {
  @PrimaryColumn('uuid', { name: 'thread_id' })
  threadId: string;

  @PrimaryColumn('uuid', { name: 'account_id' })
  accountId: string;

  @Column({ type: 'bigint', name: 'last_read_seq' })
  lastReadSeq: string;
}

/**
 * One run of the 48-hour clock: from the oldest unanswered client message until a worker replies.
 * Rows stay as the SLA history (met or missed) the team lead report reads.
 */
@Entity('message_deadline')
export class MessageDeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'thread_id' })
  threadId: string;

  @Column({ type: 'timestamptz', name: 'started_at' })
  startedAt: Date;

  @Column({ type: 'timestamptz', name: 'due_at' })
  dueAt: Date;

  @Column({ type: 'timestamptz', name: 'warned_at', nullable: true })
  warnedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'escalated_at', nullable: true })
  escalatedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'answered_at', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'timestamptz', name: 'met_at', nullable: true })
  metAt: Date | null;

  @Column({ type: 'timestamptz', name: 'missed_at', nullable: true })
  missedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: SlaOutcome | null;
}

@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'recipient_id' })
  recipientId: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'uuid', name: 'thread_id', nullable: true })
  threadId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'read_at', nullable: true })
  readAt: Date | null;
}
