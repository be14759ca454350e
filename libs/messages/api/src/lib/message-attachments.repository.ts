import { Injectable } from '@nestjs/common';
import type { CheckedUpload } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { WORKER_VISIBLE_SQL, workerParams, WorkerScope } from './messages.repository';

/** The row to store for a file whose bytes are already in the document store. */
export type NewAttachment = Omit<CheckedUpload, 'data'> & { storageKey: string };

/** A file of a sent message with the client it is about (for the audit log). */
export interface ReadableAttachmentRow {
  id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  storage_key: string;
  client_id: string;
}

/**
 * Every SQL statement about files on messages (message_attachment) and the advisory locks that
 * serialise sending and uploading. Methods that take an `EntityManager` run in the caller's
 * transaction (and its locks); the others use the pool.
 */
@Injectable()
export class MessageAttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises everything about one message id (send and prior uploads) until the transaction ends. */
  async lockMessageId(db: EntityManager, messageId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [messageId]);
  }

  /** Serialises one account's uploads until the transaction ends. */
  async lockUploader(db: EntityManager, uploaderId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 8))`, [uploaderId]);
  }

  /** Files this sender uploaded for this message id that have not expired at `now`. */
  async countPending(db: EntityManager, messageId: string, senderId: string, now: Date): Promise<number> {
    const [row] = await db.query(
      `SELECT count(*)::int AS n FROM message_attachment WHERE message_id = $1 AND uploaded_by = $2 AND expires_at > $3`,
      [messageId, senderId, now],
    );
    return row.n;
  }

  /** Makes the sender's unexpired uploads for this id part of the message (no longer pending); returns how many. */
  async claimPending(db: EntityManager, messageId: string, senderId: string, now: Date): Promise<number> {
    const [claimed] = await db.query(
      `WITH claimed AS (UPDATE message_attachment SET expires_at = NULL WHERE message_id = $1 AND uploaded_by = $2 AND expires_at > $3 RETURNING id)
       SELECT count(*)::int AS n FROM claimed`,
      [messageId, senderId, now],
    );
    return claimed.n;
  }

  async insert(
    db: EntityManager,
    messageId: string,
    uploaderId: string,
    f: NewAttachment,
    createdAt: Date,
    expiresAt: Date | null,
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO message_attachment (message_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [messageId, uploaderId, f.fileName, f.contentType, f.sizeBytes, f.sha256, f.storageKey, createdAt, expiresAt],
    );
    return row.id;
  }

  /** The sender of the stored message with this id, or null when no message has it yet. */
  async senderOfMessage(db: EntityManager, messageId: string): Promise<string | null> {
    const [message] = await db.query(`SELECT sender_id FROM message WHERE id = $1`, [messageId]);
    return message ? message.sender_id : null;
  }

  /** Everything of this uploader still pending on disk, also expired uploads not removed yet. */
  async pendingUsage(db: EntityManager, uploaderId: string): Promise<{ files: number; bytes: number }> {
    const [usage] = await db.query(
      `SELECT count(*)::int AS files, COALESCE(sum(size_bytes), 0)::bigint AS bytes FROM message_attachment WHERE uploaded_by = $1 AND expires_at IS NOT NULL`,
      [uploaderId],
    );
    // bigint arrives as a string.
    return { files: usage.files, bytes: Number(usage.bytes) };
  }

  /** Uploads expired at `now`, oldest first, locked FOR UPDATE SKIP LOCKED for the caller's transaction. */
  claimExpired(db: EntityManager, now: Date, batchSize: number): Promise<Array<{ id: string; storage_key: string }>> {
    return db.query(
      `SELECT id, storage_key FROM message_attachment WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, batchSize],
    );
  }

  async deleteRows(db: EntityManager, ids: string[]): Promise<void> {
    await db.query(`DELETE FROM message_attachment WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** A file of a sent message in one of the client's own threads. */
  async readableByClient(attachmentId: string, clientId: string): Promise<ReadableAttachmentRow | undefined> {
    const [file] = await this.dataSource.query(
      `SELECT f.*, t.client_id FROM message_attachment f
         JOIN message m ON m.id = f.message_id AND m.sender_id = f.uploaded_by
         JOIN message_thread t ON t.id = m.thread_id
        WHERE f.id = $1 AND f.expires_at IS NULL AND t.client_id = $2`,
      [attachmentId, clientId],
    );
    return file;
  }

  /** A file of a sent message in a thread the worker may see. */
  async readableByWorker(attachmentId: string, worker: WorkerScope): Promise<ReadableAttachmentRow | undefined> {
    const [file] = await this.dataSource.query(
      `SELECT f.*, t.client_id FROM message_attachment f
         JOIN message m ON m.id = f.message_id AND m.sender_id = f.uploaded_by
         JOIN message_thread t ON t.id = m.thread_id
        WHERE f.id = $3 AND f.expires_at IS NULL AND ${WORKER_VISIBLE_SQL}`,
      [...workerParams(worker), attachmentId],
    );
    return file;
  }
}
