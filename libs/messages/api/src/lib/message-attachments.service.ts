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
import { MessageAttachmentsRepository } from './message-attachments.repository';
import { WorkerScopeService } from './worker-scope.service';

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
    private readonly files: MessageAttachmentsRepository,
    private readonly scopes: WorkerScopeService,
  ) {}

  /** Size, real type and virus scan of every file; throws a 400 before anything is written. */
  async check(files: UploadedDocument[] | undefined, alreadyBound = 0): Promise<CheckedUpload[]> {
    const list = files ?? [];
    if (list.length + alreadyBound > MAX_ATTACHMENTS_PER_MESSAGE) throw badFile(TOO_MANY_FILES, 'files', 'too_many');
    const checked = list.map((f) => checkUpload(f, 'files'));
    for (const c of checked) await this.scan(c, 'files');
    return checked;
  }

  private async scan(c: CheckedUpload, field: string): Promise<void> {
    if (!(await this.scanner.scan(c.data, c.contentType)).clean)
      throw badFile(`${c.fileName} was refused by the virus scan.`, field, 'virus');
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
    await this.files.lockMessageId(db, messageId);
  }

  /** Files this sender uploaded for this message id that sending it would still carry (not expired). */
  async countPending(db: EntityManager, messageId: string, senderId: string): Promise<number> {
    return this.files.countPending(db, messageId, senderId, this.clock.now());
  }

  /**
   * Inside the send transaction (after `lock`): the sender's earlier uploads for this id stop being
   * pending, and the new files join them. Claiming first takes their row locks, so the expiry job
   * cannot delete a file the message is being sent with; an upload already expired is left to it.
   */
  async bind(db: EntityManager, messageId: string, senderId: string, files: StoredFile[], field = 'files'): Promise<void> {
    const claimed = await this.files.claimPending(db, messageId, senderId, this.clock.now());
    if (claimed + files.length > MAX_ATTACHMENTS_PER_MESSAGE) throw badFile(TOO_MANY_FILES, field, 'too_many');
    for (const f of files) await this.files.insert(db, messageId, senderId, f, this.clock.now(), null);
  }

  /**
   * A file uploaded before its message is sent (the message id is the sender's own uuid). It stays
   * pending until that message is sent: 404 for an id someone else has sent, 409 for one's own.
   */
  async uploadForMessage(user: AuthUser, messageId: string, file: UploadedDocument | undefined): Promise<MessageAttachment> {
    await this.refuseSent(this.dataSource.manager, user, messageId);
    if ((await this.countPending(this.dataSource.manager, messageId, user.id)) >= MAX_ATTACHMENTS_PER_MESSAGE)
      throw badFile(TOO_MANY_FILES, 'file', 'too_many');
    const checked = checkUpload(file);
    // Checked before the bytes are written too, so a user over the quota costs us no disk at all.
    await this.checkQuota(this.dataSource.manager, user.id, checked.sizeBytes);
    await this.scan(checked, 'file');
    const stored = await this.put([checked]);
    try {
      return await this.dataSource.transaction(async (db) => {
        await this.lock(db, messageId);
        // Parallel uploads of one account wait for each other, so together they cannot pass the quota.
        await this.files.lockUploader(db, user.id);
        await this.refuseSent(db, user, messageId);
        if ((await this.countPending(db, messageId, user.id)) >= MAX_ATTACHMENTS_PER_MESSAGE) throw badFile(TOO_MANY_FILES);
        await this.checkQuota(db, user.id, checked.sizeBytes);
        const now = this.clock.now();
        const id = await this.files.insert(db, messageId, user.id, stored[0], now, new Date(now.getTime() + PENDING_MS));
        return { id, fileName: checked.fileName, contentType: checked.contentType, sizeBytes: checked.sizeBytes };
      });
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
  }

  /** A sent message takes no more files; someone else's message id is answered as unknown. */
  private async refuseSent(db: EntityManager, user: AuthUser, messageId: string): Promise<void> {
    const senderId = await this.files.senderOfMessage(db, messageId);
    if (senderId === null) return;
    if (senderId !== user.id)
      throw new NotFoundException({ message: 'This message does not exist or is not yours.', code: 'messages.message_not_exist' });
    throw new ConflictException({ message: ALREADY_SENT, code: 'messages.message_sent_already' });
  }

  /**
   * 429 when one more file of `sizeBytes` would take the account over its pending files or bytes.
   * Everything still on disk counts, also an expired upload the job has not removed yet.
   */
  private async checkQuota(db: EntityManager, uploaderId: string, sizeBytes: number): Promise<void> {
    const usage = await this.files.pendingUsage(db, uploaderId);
    const code: PendingUploadQuotaCode | null =
      usage.files + 1 > PENDING_UPLOAD_MAX_FILES
        ? 'pending_files_quota'
        : usage.bytes + sizeBytes > PENDING_UPLOAD_MAX_BYTES
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
        const due = await this.files.claimExpired(db, now, batchSize);
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
        if (gone.length) await this.files.deleteRows(db, gone);
        return { seen: due.length, removed: gone.length };
      });
      expired += removed;
      if (seen < batchSize || removed === 0) break;
    }
    return expired;
  }

  /** Only files of sent messages (not pending) the caller may read; every professional read is in the audit log. */
  async download(user: AuthUser, attachmentId: string, meta: RequestMeta): Promise<StreamableFile> {
    const file = !isUuid(attachmentId)
      ? undefined
      : user.role === 'client'
        ? await this.files.readableByClient(attachmentId, user.id)
        : await this.files.readableByWorker(attachmentId, await this.scopes.of(user));
    if (!file) throw new NotFoundException({ message: 'This file does not exist or is not yours.', code: 'messages.file_not_exist' });
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
