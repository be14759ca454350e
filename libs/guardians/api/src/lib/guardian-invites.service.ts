import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import {
  GUARDIAN_EMAIL_IN_USE,
  GUARDIAN_INVITE_DAYS,
  GUARDIAN_INVITE_INVALID,
  type AcceptGuardianInviteResult,
  type GuardianInvitePreview,
  type GuardianLink,
  type GuardiansOfCase,
} from '@nabij/guardians/contracts';
import { AccountDirectoryService, AccountsService } from '@nabij/identity/api';
import { AppConfig, AuditService, AuthUser, Clock, MailService, OrganisationNames, RequestMeta } from '@nabij/platform/api';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AcceptGuardianInviteDto, InviteGuardianDto, UpdateGuardianSharesDto } from './dto/guardian.dto';
import { GuardianAccessService } from './guardian-access.service';
import { GuardianLinkRow, GuardianLinksRepository } from './guardian-links.repository';
import { guardianInviteMail, guardianLinkedMail } from './guardian-mails';

const DAY_MS = 86_400_000;
const LINK_INVALID = 'This invite link does not work any more. Ask the social worker who invited you for a new one.';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The case's worker invites a pupil's parent by e-mail, chooses what the parent sees, resends the link
 * and ends the link; the parent opens the link and chooses a password, which makes their account
 * (identity's AccountsService owns accounts). A parent who already has an account is linked at once.
 * Every step is in the access log with the pupil as the client.
 */
@Injectable()
export class GuardianInvitesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: GuardianLinksRepository,
    private readonly access: GuardianAccessService,
    private readonly accounts: AccountsService,
    private readonly directory: AccountDirectoryService,
    private readonly organisations: OrganisationNames,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async ofCase(worker: AuthUser, caseId: string, meta: RequestMeta): Promise<GuardiansOfCase> {
    const c = await this.access.workerCase(worker, caseId);
    const checked = await this.access.check(await this.links.ofCase(c.id));
    await this.audit.record({
      actor: worker,
      action: 'read',
      resourceType: 'guardian_link',
      resourceId: c.id,
      clientId: c.clientId,
      ...meta,
    });
    const [needs, unread] = await Promise.all([
      this.access.consentNeededOf([c.clientId]),
      this.links.unreadByWorker([c.id], c.organisationId),
    ]);
    return {
      consentNeeded: needs.get(c.clientId) ?? true,
      guardians: checked.map((x) => ({ ...this.access.toLink(x), unreadMessages: unread.get(x.link.id) ?? 0 })),
    };
  }

  async invite(worker: AuthUser, caseId: string, dto: InviteGuardianDto, meta: RequestMeta): Promise<GuardianLink> {
    const { token, hash } = newToken();
    const { id, outgoing } = await this.dataSource.transaction(async (db) => {
      const c = await this.access.workerCase(worker, caseId, db);
      if (c.closedOn)
        throw new ConflictException({ message: 'This case is closed: it can be read but no longer changed.', code: 'common.case_closed' });
      await this.links.lockCaseEmail(db, c.id, dto.email);
      if (await this.links.livingWithEmail(db, c.id, dto.email))
        throw emailInUse('This case already has a parent with this e-mail address.');
      const existing = await this.accounts.findByEmail(dto.email, db);
      if (existing && (existing.role !== 'guardian' || existing.organisationId !== c.organisationId))
        throw emailInUse('This e-mail address belongs to another kind of Nabij account; use another address for the parent.');
      if (!existing && (await this.links.openInviteWithEmail(db, dto.email)))
        throw emailInUse('This parent has an open invite for another pupil: ask them to accept it first, then invite them here.');
      const now = this.clock.now();
      const id = await this.links.insert(db, {
        organisationId: c.organisationId,
        caseId: c.id,
        clientId: c.clientId,
        name: dto.name,
        email: dto.email,
        relation: dto.relation,
        accountId: existing?.id ?? null,
        inviteTokenHash: existing ? null : hash,
        inviteExpiresAt: existing ? null : new Date(now.getTime() + GUARDIAN_INVITE_DAYS * DAY_MS),
        acceptedAt: existing ? now : null,
        showAppointments: dto.showAppointments ?? false,
        showDocuments: dto.showDocuments ?? false,
        showMessages: dto.showMessages ?? false,
        createdBy: worker.id,
        createdAt: now,
        inviteLanguage: dto.language ?? 'nl',
      });
      await this.audit.record(
        {
          actor: worker,
          action: 'create',
          resourceType: 'guardian_link',
          resourceId: id,
          clientId: c.clientId,
          reason: 'parent invited',
          ...meta,
        },
        db,
      );
      const organisationName = await this.organisationName(c.organisationId, db);
      const message = existing
        ? guardianLinkedMail({ to: dto.email, name: dto.name, organisationName, link: `${this.config.publicUrl}/login` }, existing.language)
        : guardianInviteMail(
            {
              to: dto.email,
              name: dto.name,
              invitedBy: (await this.directory.namesByIds([worker.id], db)).get(worker.id) ?? null,
              organisationName,
              link: this.inviteLink(token),
            },
            dto.language ?? 'nl',
          );
      return { id, outgoing: await this.mail.enqueue(message, db) };
    });
    await this.mail.deliver(outgoing);
    return this.linkView(id);
  }

  /** A new link valid for 7 days from now; the link in the earlier mail stops working. */
  async resend(worker: AuthUser, linkId: string, meta: RequestMeta): Promise<GuardianLink> {
    const { token, hash } = newToken();
    const outgoing = await this.dataSource.transaction(async (db) => {
      const { link, c } = await this.access.workerLink(worker, linkId, db, true);
      if (link.accepted_at)
        throw new ConflictException({
          message: 'This parent already has an account: there is no invite to send again.',
          code: 'guardians.parent_already_account',
        });
      await this.links.renewInvite(db, link.id, hash, new Date(this.clock.now().getTime() + GUARDIAN_INVITE_DAYS * DAY_MS));
      await this.audit.record(
        {
          actor: worker,
          action: 'update',
          resourceType: 'guardian_link',
          resourceId: link.id,
          clientId: c.clientId,
          reason: 'invite resent',
          ...meta,
        },
        db,
      );
      const message = guardianInviteMail(
        {
          to: link.email,
          name: link.name,
          invitedBy: (await this.directory.namesByIds([worker.id], db)).get(worker.id) ?? null,
          organisationName: await this.organisationName(c.organisationId, db),
          link: this.inviteLink(token),
        },
        link.invite_language,
      );
      return this.mail.enqueue(message, db);
    });
    await this.mail.deliver(outgoing);
    return this.linkView(linkId);
  }

  async updateShares(worker: AuthUser, linkId: string, dto: UpdateGuardianSharesDto, meta: RequestMeta): Promise<GuardianLink> {
    await this.dataSource.transaction(async (db) => {
      const { link, c } = await this.access.workerLink(worker, linkId, db, true);
      await this.links.updateShares(db, link.id, {
        show_appointments: dto.showAppointments,
        show_documents: dto.showDocuments,
        show_messages: dto.showMessages,
      });
      const changed = Object.entries(dto)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      await this.audit.record(
        {
          actor: worker,
          action: 'update',
          resourceType: 'guardian_link',
          resourceId: link.id,
          clientId: c.clientId,
          reason: changed || null,
          ...meta,
        },
        db,
      );
    });
    return this.linkView(linkId);
  }

  /** The parent sees nothing of this pupil any more, at once; their account stays (for other children). */
  async end(worker: AuthUser, linkId: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const { link, c } = await this.access.workerLink(worker, linkId, db, true);
      await this.links.end(db, link.id, this.clock.now());
      await this.audit.record(
        {
          actor: worker,
          action: 'delete',
          resourceType: 'guardian_link',
          resourceId: link.id,
          clientId: c.clientId,
          reason: 'parent link ended',
          ...meta,
        },
        db,
      );
    });
  }

  /** Public: what the invite page shows. Used, ended, expired and unknown links get one answer. */
  async preview(token: string): Promise<GuardianInvitePreview> {
    const link = await this.links.usableInvite(hashToken(token), this.clock.now());
    if (!link) throw linkInvalid();
    const names = await this.directory.namesByIds([link.created_by]);
    return {
      name: link.name,
      email: link.email,
      organisationName: await this.organisationName(link.organisation_id),
      invitedByName: names.get(link.created_by) ?? null,
    };
  }

  /**
   * Public: makes the parent's account with the chosen password and uses the link up, in one
   * transaction: a weak password or a taken address leaves the invite open and no account behind.
   */
  async accept(dto: AcceptGuardianInviteDto, meta: RequestMeta): Promise<AcceptGuardianInviteResult> {
    try {
      return await this.dataSource.transaction(async (db) => {
        const now = this.clock.now();
        const link = await this.links.usableInvite(hashToken(dto.token), now, db, true);
        if (!link) throw linkInvalid();
        if (await this.directory.emailTaken(link.email, db))
          throw emailInUse('An account with this e-mail address exists already. Log in with it.');
        const account = await this.accounts.createGuardian(
          { email: link.email, name: link.name, organisationId: link.organisation_id, password: dto.password, language: dto.language },
          db,
        );
        await this.links.accept(db, link.id, account.id, now);
        await this.audit.record(
          {
            actor: { id: account.id, role: account.role },
            action: 'create',
            resourceType: 'guardian_link',
            resourceId: link.id,
            clientId: link.client_id,
            reason: 'parent invite accepted',
            ...meta,
          },
          db,
        );
        return { email: link.email };
      });
    } catch (error) {
      // Someone registered the same address in the same moment: the unique index decided.
      if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505')
        throw emailInUse('An account with this e-mail address exists already. Log in with it.');
      throw error;
    }
  }

  private async linkView(linkId: string): Promise<GuardianLink> {
    const [checked] = await this.access.check([(await this.links.find(linkId)) as GuardianLinkRow]);
    return this.access.toLink(checked);
  }

  private async organisationName(organisationId: string, db?: EntityManager): Promise<string> {
    return (await this.organisations.organisationNamesByIds([organisationId], db)).get(organisationId) ?? 'Nabij';
  }

  private inviteLink(token: string): string {
    return `${this.config.publicUrl}/ouder-uitnodiging?token=${encodeURIComponent(token)}`;
  }
}

function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

function emailInUse(message: string): ConflictException {
  return new ConflictException({ code: GUARDIAN_EMAIL_IN_USE, message, fields: { email: [message] } });
}

function linkInvalid(): BadRequestException {
  return new BadRequestException({ code: GUARDIAN_INVITE_INVALID, message: LINK_INVALID, fields: { token: [LINK_INVALID] } });
}
