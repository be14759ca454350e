import { ConflictException, HttpException, HttpStatus, Injectable, Logger, NotFoundException, StreamableFile } from '@nestjs/common';
import {
  attachmentDisposition,
  badFile,
  CheckedUpload,
  checkUpload,
  DocumentScanner,
  DocumentStore,
  UploadedDocument,
} from '@nabij/platform/api';
import type { MessageAttachment, PendingUploadQuotaCode } from '@nabij/messages/contracts';
import {
  MAX_ATTACHMENTS_PER_MESSAGE,
  PENDING_UPLOAD_HOURS,
  PENDING_UPLOAD_MAX_BYTES,
  PENDING_UPLOAD_MAX_FILES,
} from '@nabij/messages/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { WORKER_VISIBLE_SQL, workerParams } from './message-queries';

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
export const TOO_MANY_FILES = `A message can carry at most ${MAX_ATTACHMENTS_PER_MESSAGE} files.`;
const PENDING_MS = PENDING_UPLOAD_HOURS * 3_600_000;
const ALREADY_SENT = 'This message has been sent already; files can only be added before sending.';
const WAIT_OR_SEND = `Send your message first, or wait: files that are not sent are removed after ${PENDING_UPLOAD_HOURS} hours.`;
const QUOTA_MESSAGES: Record<PendingUploadQuotaCode, string> = {
  pending_files_quota: `You already have ${PENDING_UPLOAD_MAX_FILES} files that are not sent yet. ${WAIT_OR_SEND}`,
  pending_bytes_quota: `Your files that are not sent yet would be more than ${PENDING_UPLOAD_MAX_BYTES / 1024 / 1024} MB together. ${WAIT_OR_SEND}`,
};
/** Upper bound of batches per expiry run, so one run never holds an instance for long. */
const EXPIRY_MAX_BATCHES = 20;

/** A checked file whose bytes are in the document store, not yet in the database. */
export interface StoredFile extends CheckedUpload {
  storageKey: string;
}

/**
 * Files on messages: checked and stored exactly like dossier documents (the platform's UploadsModule:
 * DocumentStore, scanner and magic-bytes check). Rows are keyed by the sender's message id, so a file can be
 * uploaded before the message is sent; it belongs to the message once the same sender sends it.
 * Until then it is pending (`expires_at` set): it counts against the uploader's quota and is
 * deleted when the message is not sent in time, so made-up message ids cannot fill the disk.
 */
@Injectable()
export class MessageAttachmentsService {
  private readonly logger = new Logger('MessageAttachments');

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: DocumentStore,
    private readonly scanner: DocumentScanner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Size, real type and virus scan of every file; throws a 400 before anything is written. */
  async check(files: UploadedDocument[] | undefined, alreadyBound = 0): Promise<CheckedUpload[]> {
    const list = files ?? [];
    if (list.length + alreadyBound > MAX_ATTACHMENTS_PER_MESSAGE) throw badFile(TOO_MANY_FILES, 'files');
    const checked = list.map((f) => checkUpload(f, 'files'));
    for (const c of checked) await this.scan(c, 'files');
    return checked;
  }

  private async scan(c: CheckedUpload, field: string): Promise<void> {
    if (!(await this.scanner.scan(c.data, c.contentType)).clean) throw badFile(`${c.fileName} was refused by the virus scan.`, field);
  }

  /** Writes the bytes; remove them again with `discard` when the database part fails. */
  async put(checked: CheckedUpload[]): Promise<StoredFile[]> {
    const stored: StoredFile[] = [];
    try {
      for (const c of checked) stored.push({ ...c, storageKey: await this.store.put(c.data) });
      return stored;
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
  }

  async discard(files: StoredFile[]): Promise<void> {
    for (const f of files) await this.store.remove(f.storageKey);
  }

  /** Serialises everything about one message id (send and prior uploads) within a transaction. */
  async lock(db: EntityManager, messageId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [messageId]);
  }

  /** Files this sender uploaded for this message id that sending it would still carry (not expired). */
  async countPending(db: EntityManager, messageId: string, senderId: string): Promise<number> {
    const [row] = await db.query(
      `SELECT count(*)::int AS n FROM message_attachment WHERE message_id = $1 AND uploaded_by = $2 AND expires_at > $3`,
      [messageId, senderId, this.clock.now()],
    );
    return row.n;
  }

  /**
   * Inside the send transaction (after `lock`): the sender's earlier uploads for this id stop being
   * pending, and the new files join them. Claiming first takes their row locks, so the expiry job
   * cannot delete a file the message is being sent with; an upload already expired is left to it.
   */
  async bind(db: EntityManager, messageId: string, senderId: string, files: StoredFile[], field = 'files'): Promise<void> {
    const now = this.clock.now();
    const [claimed] = await db.query(
      `WITH claimed AS (UPDATE message_attachment SET expires_at = NULL WHERE message_id = $1 AND uploaded_by = $2 AND expires_at > $3 RETURNING id)
       SELECT count(*)::int AS n FROM claimed`,
      [messageId, senderId, now],
    );
    if (claimed.n + files.length > MAX_ATTACHMENTS_PER_MESSAGE) throw badFile(TOO_MANY_FILES, field);
    for (const f of files) await this.insert(db, messageId, senderId, f, null);
  }

  private async insert(db: EntityManager, messageId: string, uploaderId: string, f: StoredFile, expiresAt: Date | null): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO message_attachment (message_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [messageId, uploaderId, f.fileName, f.contentType, f.sizeBytes, f.sha256, f.storageKey, this.clock.now(), expiresAt],
    );
    return row.id;
  }

  /**
   * A file uploaded before its message is sent (the message id is the sender's own uuid). It stays
   * pending until that message is sent: 404 for an id someone else has sent, 409 for one's own.
   */
  async uploadForMessage(user: AuthUser, messageId: string, file: UploadedDocument | undefined): Promise<MessageAttachment> {
    await this.refuseSent(this.dataSource.manager, user, messageId);
    if ((await this.countPending(this.dataSource.manager, messageId, user.id)) >= MAX_ATTACHMENTS_PER_MESSAGE)
      throw badFile(TOO_MANY_FILES);
    const checked = checkUpload(file);
    // Checked before the bytes are written too, so a user over the quota costs us no disk at all.
    await this.checkQuota(this.dataSource.manager, user.id, checked.sizeBytes);
    await this.scan(checked, 'file');
    const stored = await this.put([checked]);
    try {
      return await this.dataSource.transaction(async (db) => {
        await this.lock(db, messageId);
        // Parallel uploads of one account wait for each other, so together they cannot pass the quota.
        await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 8))`, [user.id]);
        await this.refuseSent(db, user, messageId);
        if ((await this.countPending(db, messageId, user.id)) >= MAX_ATTACHMENTS_PER_MESSAGE) throw badFile(TOO_MANY_FILES);
        await this.checkQuota(db, user.id, checked.sizeBytes);
        const id = await this.insert(db, messageId, user.id, stored[0], new Date(this.clock.now().getTime() + PENDING_MS));
        return { id, fileName: checked.fileName, contentType: checked.contentType, sizeBytes: checked.sizeBytes };
      });
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
  }

  /** A sent message takes no more files; someone else's message id is answered as unknown. */
  private async refuseSent(db: EntityManager, user: AuthUser, messageId: string): Promise<void> {
    const [message] = await db.query(`SELECT sender_id FROM message WHERE id = $1`, [messageId]);
    if (!message) return;
    if (message.sender_id !== user.id) throw new NotFoundException('This message does not exist or is not yours.');
    throw new ConflictException(ALREADY_SENT);
  }

  /**
   * 429 when one more file of `sizeBytes` would take the account over its pending files or bytes.
   * Everything still on disk counts, also an expired upload the job has not removed yet.
   */
  private async checkQuota(db: EntityManager, uploaderId: string, sizeBytes: number): Promise<void> {
    const [usage] = await db.query(
      `SELECT count(*)::int AS files, COALESCE(sum(size_bytes), 0)::bigint AS bytes FROM message_attachment WHERE uploaded_by = $1 AND expires_at IS NOT NULL`,
      [uploaderId],
    );
    const code: PendingUploadQuotaCode | null =
      usage.files + 1 > PENDING_UPLOAD_MAX_FILES
        ? 'pending_files_quota'
        : Number(usage.bytes) + sizeBytes > PENDING_UPLOAD_MAX_BYTES
          ? 'pending_bytes_quota'
          : null;
    if (code) throw new HttpException({ message: QUOTA_MESSAGES[code], code }, HttpStatus.TOO_MANY_REQUESTS);
  }

  /**
   * Deletes uploads whose message was not sent in time: file first, then the row in the same
   * transaction. A crash in between leaves the row, and the next run removes the (gone) file and
   * the row again; the other order could leave a file no row points to. Rows are claimed FOR UPDATE
   * SKIP LOCKED, so instances running this at once never handle the same upload. Returns how many.
   */
  async expirePending(batchSize = 100): Promise<number> {
    const now = this.clock.now();
    let expired = 0;
    for (let batch = 0; batch < EXPIRY_MAX_BATCHES; batch++) {
      const { seen, removed } = await this.dataSource.transaction(async (db) => {
        const due: Array<{ id: string; storage_key: string }> = await db.query(
          `SELECT id, storage_key FROM message_attachment WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [now, batchSize],
        );
        const gone: string[] = [];
        for (const f of due) {
          try {
            await this.store.remove(f.storage_key);
            gone.push(f.id);
          } catch (error) {
            // Keep the row, so the file is tried again next run instead of being forgotten on disk.
            this.logger.warn(`could not remove expired upload ${f.id}: ${(error as Error).message}`);
          }
        }
        if (gone.length) await db.query(`DELETE FROM message_attachment WHERE id = ANY($1::uuid[])`, [gone]);
        return { seen: due.length, removed: gone.length };
      });
      expired += removed;
      if (seen < batchSize || removed === 0) break;
    }
    return expired;
  }

  /** Only files of sent messages (not pending) the caller may read; every professional read is in the audit log. */
  async download(user: AuthUser, attachmentId: string, meta: RequestMeta): Promise<StreamableFile> {
    const [file] = isUuid(attachmentId)
      ? user.role === 'client'
        ? await this.dataSource.query(
            `SELECT f.*, t.client_id FROM message_attachment f
               JOIN message m ON m.id = f.message_id AND m.sender_id = f.uploaded_by
               JOIN message_thread t ON t.id = m.thread_id
              WHERE f.id = $1 AND f.expires_at IS NULL AND t.client_id = $2`,
            [attachmentId, user.id],
          )
        : await this.dataSource.query(
            `SELECT f.*, t.client_id FROM message_attachment f
               JOIN message m ON m.id = f.message_id AND m.sender_id = f.uploaded_by
               JOIN message_thread t ON t.id = m.thread_id
               LEFT JOIN care_case c ON c.id = t.case_id
              WHERE f.id = $3 AND f.expires_at IS NULL AND ${WORKER_VISIBLE_SQL}`,
            [...workerParams(user), attachmentId],
          )
      : [];
    if (!file) throw new NotFoundException('This file does not exist or is not yours.');
    if (user.role !== 'client') {
      await this.audit.record({
        actor: user,
        action: 'read',
        resourceType: 'message_attachment',
        resourceId: file.id,
        clientId: file.client_id,
        ...meta,
      });
    }
    return new StreamableFile(this.store.open(file.storage_key), {
      type: file.content_type,
      length: file.size_bytes,
      disposition: attachmentDisposition(file.file_name),
    });
  }
}
