import { ConflictException, Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { attachmentDisposition, badFile, CheckedUpload, checkUpload, DocumentScanner, DocumentStore, UploadedDocument } from '@nabij/dossier/api';
import type { MessageAttachment } from '@nabij/messages/contracts';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '@nabij/messages/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { WORKER_VISIBLE_SQL, workerParams } from './message-queries';

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
export const TOO_MANY_FILES = `A message can carry at most ${MAX_ATTACHMENTS_PER_MESSAGE} files.`;

/** A checked file whose bytes are in the document store, not yet in the database. */
export interface StoredFile extends CheckedUpload {
  storageKey: string;
}

/**
 * Files on messages: checked and stored exactly like dossier documents (the dossier's DocumentStore,
 * scanner and magic-bytes check). Rows are keyed by the sender's message id, so a file can be
 * uploaded before the message is sent; it belongs to the message once the same sender sends it.
 */
@Injectable()
export class MessageAttachmentsService {
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

  /** Files this sender uploaded for this message id so far. */
  async countPending(db: EntityManager, messageId: string, senderId: string): Promise<number> {
    const [row] = await db.query(`SELECT count(*)::int AS n FROM message_attachment WHERE message_id = $1 AND uploaded_by = $2`, [messageId, senderId]);
    return row.n;
  }

  /** Inside the send transaction (after `lock`): the new files join those uploaded before. */
  async bind(db: EntityManager, messageId: string, senderId: string, files: StoredFile[], field = 'files'): Promise<void> {
    if ((await this.countPending(db, messageId, senderId)) + files.length > MAX_ATTACHMENTS_PER_MESSAGE) throw badFile(TOO_MANY_FILES, field);
    const now = this.clock.now();
    for (const f of files) {
      await db.query(
        `INSERT INTO message_attachment (message_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [messageId, senderId, f.fileName, f.contentType, f.sizeBytes, f.sha256, f.storageKey, now],
      );
    }
  }

  /** A file uploaded before its message is sent (the message id is the sender's own uuid). */
  async uploadForMessage(user: AuthUser, messageId: string, file: UploadedDocument | undefined): Promise<MessageAttachment> {
    const sent = async (db: EntityManager) => (await db.query(`SELECT 1 FROM message WHERE id = $1`, [messageId])).length > 0;
    if (await sent(this.dataSource.manager)) throw new ConflictException('This message has been sent already; files can only be added before sending.');
    if ((await this.countPending(this.dataSource.manager, messageId, user.id)) >= MAX_ATTACHMENTS_PER_MESSAGE) throw badFile(TOO_MANY_FILES);
    const checked = checkUpload(file);
    await this.scan(checked, 'file');
    const stored = await this.put([checked]);
    try {
      return await this.dataSource.transaction(async (db) => {
        await this.lock(db, messageId);
        if (await sent(db)) throw new ConflictException('This message has been sent already; files can only be added before sending.');
        await this.bind(db, messageId, user.id, stored, 'file');
        const [row] = await db.query(`SELECT id FROM message_attachment WHERE storage_key = $1`, [stored[0].storageKey]);
        return { id: row.id, fileName: checked.fileName, contentType: checked.contentType, sizeBytes: checked.sizeBytes };
      });
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
  }

  /** Only files of sent messages the caller may read; every professional read is in the audit log. */
  async download(user: AuthUser, attachmentId: string, meta: RequestMeta): Promise<StreamableFile> {
    const [file] = isUuid(attachmentId)
      ? user.role === 'client'
        ? await this.dataSource.query(
            `SELECT f.*, t.client_id FROM message_attachment f
               JOIN message m ON m.id = f.message_id AND m.sender_id = f.uploaded_by
               JOIN message_thread t ON t.id = m.thread_id
              WHERE f.id = $1 AND t.client_id = $2`,
            [attachmentId, user.id],
          )
        : await this.dataSource.query(
            `SELECT f.*, t.client_id FROM message_attachment f
               JOIN message m ON m.id = f.message_id AND m.sender_id = f.uploaded_by
               JOIN message_thread t ON t.id = m.thread_id
               LEFT JOIN care_case c ON c.id = t.case_id
              WHERE f.id = $3 AND ${WORKER_VISIBLE_SQL}`,
            [...workerParams(user), attachmentId],
          )
      : [];
    if (!file) throw new NotFoundException('This file does not exist or is not yours.');
    if (user.role !== 'client') {
      await this.audit.record({ actor: user, action: 'read', resourceType: 'message_attachment', resourceId: file.id, clientId: file.client_id, ...meta });
    }
    return new StreamableFile(this.store.open(file.storage_key), { type: file.content_type, length: file.size_bytes, disposition: attachmentDisposition(file.file_name) });
  }
}
