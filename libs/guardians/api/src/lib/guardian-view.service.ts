import { ConflictException, Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { CaseLookupService, DossierShareService } from '@nabij/dossier/api';
import type { GuardianChild, GuardianChildView, GuardianMessage } from '@nabij/guardians/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AppConfig, AuditService, AuthUser, Clock, MailService, OutboxMailEntity, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { GuardianAccessService } from './guardian-access.service';
import { GuardianLinkRow, GuardianLinksRepository } from './guardian-links.repository';
import { guardianMessageMail, parentWroteMail } from './guardian-mails';

/**
 * What a parent sees: their children, and per child only what the worker shares (and, from 16, only
 * after the pupil consented): appointments, the worker's documents and the parent thread. Never the
 * pupil's own messages, notes, reports or uploads: those are not read here at all. Every read is in
 * the access log with the pupil as the client, so the pupil sees it under "Wie heeft mijn dossier ingezien".
 */
@Injectable()
export class GuardianViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: GuardianLinksRepository,
    private readonly access: GuardianAccessService,
    private readonly share: DossierShareService,
    private readonly cases: CaseLookupService,
    private readonly directory: AccountDirectoryService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async children(guardian: AuthUser): Promise<GuardianChild[]> {
    const links = (await this.links.ofAccount(guardian.id)).filter((l) => l.organisation_id === guardian.organisationId);
    const checked = await this.access.check(links);
    const names = await this.directory.namesByIds(links.map((l) => l.client_id));
    return checked.map(({ link, consentNeeded }) => {
      const waiting = consentNeeded && !link.consent_at;
      // Before consent the parent learns only that they are linked; the name is something they know.
      return { linkId: link.id, childName: names.get(link.client_id) ?? null, waitingForConsent: waiting };
    });
  }

  async child(guardian: AuthUser, linkId: string, meta: RequestMeta): Promise<GuardianChildView> {
    const { link, visible } = await this.access.guardianLink(guardian, linkId);
    const c = await this.cases.caseById(link.case_id);
    const workerId = c?.assignedWorkerId ?? null;
    const [appointments, documents, messages, names] = await Promise.all([
      visible.appointments ? this.share.appointments(link.case_id) : null,
      visible.documents ? this.share.staffDocuments(link.case_id) : null,
      visible.messages ? this.thread(link) : null,
      this.directory.namesByIds([link.client_id, workerId]),
    ]);
    const read = (resourceType: string) => ({
      actor: guardian,
      action: 'read' as const,
      resourceType,
      resourceId: link.case_id,
      clientId: link.client_id,
      reason: 'parent view',
      ...meta,
    });
    await this.audit.recordMany([
      read('guardian_link'),
      ...(appointments ? [read('appointment')] : []),
      ...(documents ? [read('document')] : []),
      ...(messages ? [read('guardian_message')] : []),
    ]);
    return {
      linkId: link.id,
      childName: names.get(link.client_id) ?? null,
      workerName: workerId ? (names.get(workerId) ?? null) : null,
      caseClosed: !!c?.closedOn,
      appointments,
      documents,
      messages,
    };
  }

  async document(guardian: AuthUser, linkId: string, documentId: string, meta: RequestMeta): Promise<StreamableFile> {
    const { link, visible } = await this.access.guardianLink(guardian, linkId);
    const file = visible.documents ? await this.share.openStaffDocument(link.case_id, documentId) : null;
    if (!file)
      throw new NotFoundException({
        message: 'This document does not exist or is not shared with you.',
        code: 'guardians.document_not_exist',
      });
    await this.audit.record({
      actor: guardian,
      action: 'read',
      resourceType: 'document',
      resourceId: documentId,
      clientId: link.client_id,
      reason: 'parent view',
      ...meta,
    });
    return file;
  }

  async guardianSends(guardian: AuthUser, linkId: string, body: string, meta: RequestMeta): Promise<GuardianMessage> {
    const { link, visible } = await this.access.guardianLink(guardian, linkId);
    if (!visible.messages)
      throw new NotFoundException({ message: 'Messages are not shared with you for this pupil.', code: 'guardians.messages_not_shared' });
    return this.send(guardian, 'guardian', link, body, meta);
  }

  /** The parent thread as the case's worker reads it. */
  async workerThread(worker: AuthUser, linkId: string, meta: RequestMeta): Promise<GuardianMessage[]> {
    const { link, c } = await this.access.workerLink(worker, linkId);
    const thread = await this.thread(link);
    await this.audit.record({
      actor: worker,
      action: 'read',
      resourceType: 'guardian_message',
      resourceId: link.id,
      clientId: c.clientId,
      ...meta,
    });
    await this.links.markReadByWorker(link.id, this.clock.now());
    return thread;
  }

  /** The worker's badge: parents' messages on their open cases that they have not read (a number, not logged). */
  async unreadForWorker(worker: AuthUser): Promise<number> {
    const caseIds = await this.cases.openCaseIdsOfWorker(worker.id, worker.organisationId);
    const perLink = await this.links.unreadByWorker(caseIds, worker.organisationId);
    return [...perLink.values()].reduce((sum, n) => sum + n, 0);
  }

  async workerSends(worker: AuthUser, linkId: string, body: string, meta: RequestMeta): Promise<GuardianMessage> {
    const { link, c } = await this.access.workerLink(worker, linkId);
    if (c.closedOn)
      throw new ConflictException({ message: 'This case is closed: it can be read but no longer changed.', code: 'common.case_closed' });
    if (!link.show_messages)
      throw new ConflictException({ message: 'Turn on messages for this parent first.', code: 'guardians.turn_messages_parent' });
    return this.send(worker, 'worker', link, body, meta);
  }

  private async send(
    sender: AuthUser,
    role: 'worker' | 'guardian',
    link: GuardianLinkRow,
    body: string,
    meta: RequestMeta,
  ): Promise<GuardianMessage> {
    const now = this.clock.now();
    const { id, outgoing } = await this.dataSource.transaction(async (db) => {
      const id = await this.links.insertMessage(db, {
        linkId: link.id,
        senderId: sender.id,
        senderRole: role,
        body: body.trim(),
        createdAt: now,
      });
      await this.audit.record(
        { actor: sender, action: 'create', resourceType: 'guardian_message', resourceId: id, clientId: link.client_id, ...meta },
        db,
      );
      // The parent hears that there is a message (never what it says) once they have an account, in
      // their language; the case's worker hears that a parent wrote (never who or what), as for a
      // client's message.
      let outgoing: OutboxMailEntity | null = null;
      const parent = role === 'worker' && link.account_id ? await this.directory.byId(link.account_id, db) : null;
      if (parent)
        outgoing = await this.mail.enqueue(
          guardianMessageMail({ to: link.email, name: link.name, link: `${this.config.publicUrl}/login` }, parent.language),
          db,
        );
      if (role === 'guardian') {
        const c = await this.cases.caseById(link.case_id, db);
        const email = c?.assignedWorkerId ? await this.directory.emailOf(c.assignedWorkerId, db) : null;
        if (email)
          outgoing = await this.mail.enqueue(parentWroteMail({ to: email, link: `${this.config.publicUrl}/caseload/${link.case_id}` }), db);
      }
      return { id, outgoing };
    });
    if (outgoing) await this.mail.deliver(outgoing);
    const names = await this.directory.namesByIds([sender.id]);
    return { id, from: role, senderName: names.get(sender.id) ?? null, body: body.trim(), createdAt: now.toISOString() };
  }

  private async thread(link: GuardianLinkRow): Promise<GuardianMessage[]> {
    const rows = await this.links.messages(link.id);
    const names = await this.directory.namesByIds(rows.map((r) => r.sender_id));
    return rows.map((r) => ({
      id: r.id,
      from: r.sender_role,
      senderName: names.get(r.sender_id) ?? null,
      body: r.body,
      createdAt: new Date(r.created_at).toISOString(),
    }));
  }
}
