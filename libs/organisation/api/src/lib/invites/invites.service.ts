import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountDirectoryService, AccountsService, StaffAccountsService } from '@nabij/identity/api';
import {
  EMAIL_IN_USE,
  INVITE_DAYS,
  INVITE_LINK_INVALID,
  type AcceptInviteResult,
  type InvitePreview,
  type StaffInvite,
} from '@nabij/organisation/contracts';
import { AppConfig, AuditService, AuthUser, Clock, MailService, OrganisationNames, readsTogether, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AcceptInviteDto, CreateInviteDto } from '../dto/invite.dto';
import { organisationOf } from '../organisation-of';
import { inviteMail } from './invite-mails';
import { hashInviteToken, newInviteToken } from './invite-token';
import { InviteRow, InvitesRepository } from './invites.repository';

/** An invite with the names of its inviter and team (identity's) and organisation (intake's, through platform). */
type NamedInvite = InviteRow & { invited_by_name: string | null; team_name: string | null; organisation_name: string };

const LINK_INVALID_MESSAGE = 'This invite link does not work any more. Ask the person who invited you for a new one.';
const DAY_MS = 86_400_000;

/**
 * Invites of new colleagues: an admin invites by e-mail, resends (new link, 7 days again, the old
 * link dead) or withdraws; the new colleague opens the link and chooses a password, which makes the
 * staff account (through identity's AccountsService, which owns accounts). Every step is audited.
 */
@Injectable()
export class InvitesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invites: InvitesRepository,
    private readonly staff: StaffAccountsService,
    private readonly accounts: AccountsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly directory: AccountDirectoryService,
    private readonly organisations: OrganisationNames,
  ) {}

  async list(admin: AuthUser): Promise<StaffInvite[]> {
    const rows = await this.named(await this.invites.listOpen(this.dataSource.manager, organisationOf(admin)));
    return rows.map((row) => this.toView(row));
  }

  async create(admin: AuthUser, dto: CreateInviteDto, meta: RequestMeta): Promise<StaffInvite> {
    const organisationId = organisationOf(admin);
    const { token, hash } = newInviteToken();
    const { row, outgoing } = await this.dataSource.transaction(async (db) => {
      await this.assertTeam(db, organisationId, dto.teamId ?? null);
      await this.invites.lockEmail(db, dto.email);
      if (await this.emailInUse(db, dto.email)) throw emailInUse();
      const now = this.clock.now();
      const id = await this.invites.insert(db, {
        organisationId,
        email: dto.email,
        name: dto.name,
        role: dto.role,
        teamId: dto.teamId ?? null,
        canTrain: dto.canTrain ?? false,
        chatDuty: dto.chatDuty ?? false,
        // Admins may edit the library anyway; the right is a worker's.
        libraryEditor: dto.role === 'worker' && (dto.libraryEditor ?? false),
        tokenHash: hash,
        invitedBy: admin.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITE_DAYS * DAY_MS),
      });
      await this.audit.record(
        { actor: admin, action: 'create', resourceType: 'staff_invite', resourceId: id, reason: `invited as ${dto.role}`, ...meta },
        db,
      );
      const row = await this.namedOne((await this.invites.find(db, organisationId, id)) as InviteRow, db);
      return { row, outgoing: await this.mail.enqueue(this.mailFor(row, token), db) };
    });
    await this.mail.deliver(outgoing);
    return this.toView(row);
  }

  /**
   * The first admin of a new organisation, invited by the installation itself (no inviter), in the
   * caller's transaction. The link goes out by mail after the commit (`deliver`) and is returned so
   * the person setting up can pass it on when mail is not set up yet.
   */
  async inviteFirstAdmin(
    db: EntityManager,
    organisationId: string,
    admin: { name: string; email: string },
  ): Promise<{ inviteId: string; link: string; deliver: () => Promise<void> }> {
    const { token, hash } = newInviteToken();
    await this.invites.lockEmail(db, admin.email);
    if (await this.emailInUse(db, admin.email)) throw emailInUse();
    const now = this.clock.now();
    const inviteId = await this.invites.insert(db, {
      organisationId,
      email: admin.email,
      name: admin.name,
      role: 'admin',
      teamId: null,
      canTrain: false,
      chatDuty: false,
      libraryEditor: false,
      tokenHash: hash,
      invitedBy: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITE_DAYS * DAY_MS),
    });
    await this.audit.record(
      { actor: null, action: 'create', resourceType: 'staff_invite', resourceId: inviteId, reason: 'first admin of a new organisation' },
      db,
    );
    const row = await this.namedOne((await this.invites.find(db, organisationId, inviteId)) as InviteRow, db);
    const mail = this.mailFor(row, token);
    const outgoing = await this.mail.enqueue(mail, db);
    return {
      inviteId,
      link: this.linkFor(token),
      deliver: async () => {
        await this.mail.deliver(outgoing);
      },
    };
  }

  /** A new link valid for 7 days from now; the link in the earlier mail stops working. */
  async resend(admin: AuthUser, inviteId: string, meta: RequestMeta): Promise<StaffInvite> {
    const organisationId = organisationOf(admin);
    const { token, hash } = newInviteToken();
    const { row, outgoing } = await this.dataSource.transaction(async (db) => {
      await this.openInvite(db, organisationId, inviteId);
      await this.invites.renew(db, inviteId, hash, new Date(this.clock.now().getTime() + INVITE_DAYS * DAY_MS));
      await this.audit.record(
        { actor: admin, action: 'update', resourceType: 'staff_invite', resourceId: inviteId, reason: 'resent with a new link', ...meta },
        db,
      );
      const row = await this.namedOne((await this.invites.find(db, organisationId, inviteId)) as InviteRow, db);
      return { row, outgoing: await this.mail.enqueue(this.mailFor(row, token), db) };
    });
    await this.mail.deliver(outgoing);
    return this.toView(row);
  }

  async revoke(admin: AuthUser, inviteId: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      await this.openInvite(db, organisationOf(admin), inviteId);
      await this.invites.revoke(db, inviteId, this.clock.now());
      await this.audit.record(
        { actor: admin, action: 'delete', resourceType: 'staff_invite', resourceId: inviteId, reason: 'withdrawn', ...meta },
        db,
      );
    });
  }

  /** Public: what the invite page shows. Used, withdrawn, expired and unknown links get one answer. */
  async preview(token: string): Promise<InvitePreview> {
    const found = await this.invites.findUsable(this.dataSource.manager, hashInviteToken(token), this.clock.now());
    if (!found) throw linkInvalid();
    const row = await this.namedOne(found);
    return {
      name: row.name,
      email: row.email,
      organisationName: row.organisation_name,
      role: row.role,
      invitedByName: row.invited_by_name,
    };
  }

  /**
   * Public: makes the staff account with the invite's role, team and capabilities and the chosen
   * password, and uses the link up, in one transaction: a weak password or a taken address leaves
   * the invite open and no account behind.
   */
  async accept(dto: AcceptInviteDto, meta: RequestMeta): Promise<AcceptInviteResult> {
    try {
      return await this.dataSource.transaction(async (db) => {
        const now = this.clock.now();
        const invite = await this.invites.lockUsable(db, hashInviteToken(dto.token), now);
        if (!invite) throw linkInvalid();
        await this.invites.lockEmail(db, invite.email);
        // Someone registered this address after the invite was sent.
        if (await this.directory.emailTaken(invite.email, db)) throw emailInUse();
        // A team archived since the invite was sent is left out rather than joined.
        const teamId =
          invite.teamId && (await this.staff.activeTeamOfOrganisation(db, invite.organisationId, invite.teamId)) ? invite.teamId : null;
        const account = await this.accounts.createStaff(
          {
            email: invite.email,
            name: invite.name,
            role: invite.role,
            organisationId: invite.organisationId,
            teamId,
            canTrain: invite.canTrain,
            chatDuty: invite.chatDuty,
            libraryEditor: invite.libraryEditor,
            password: dto.password,
          },
          db,
        );
        await this.invites.markAccepted(db, invite.id, now, account.id);
        await this.audit.record(
          {
            actor: { id: account.id, role: account.role },
            action: 'create',
            resourceType: 'staff_account',
            resourceId: account.id,
            reason: `invite ${invite.id} accepted`,
            ...meta,
          },
          db,
        );
        return { email: invite.email };
      });
    } catch (error) {
      // A client registered the same address in the same moment: the unique index decided.
      if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505') throw emailInUse();
      throw error;
    }
  }

  private async openInvite(db: EntityManager, organisationId: string, inviteId: string): Promise<void> {
    if (!(await this.invites.lockOpen(db, organisationId, inviteId)))
      throw new NotFoundException({
        message: 'This invite does not exist in your organisation, or it was already used or withdrawn.',
        code: 'organisation.invite_not_exist',
      });
  }

  private async assertTeam(db: EntityManager, organisationId: string, teamId: string | null): Promise<void> {
    if (teamId && !(await this.staff.activeTeamOfOrganisation(db, organisationId, teamId)))
      throw new NotFoundException({
        message: 'This team does not exist in your organisation or has been archived.',
        code: 'organisation.team_not_exist',
      });
  }

  /**
   * The invites with their inviter's and team's names (identity's directory; the installation's own
   * invite has no inviter) and their organisation's name (intake's, through platform's OrganisationNames).
   */
  private async named(rows: InviteRow[], db?: EntityManager): Promise<NamedInvite[]> {
    const [inviters, teams, organisations] = await readsTogether(db, [
      () =>
        this.directory.namesByIds(
          rows.map((r) => r.invited_by),
          db,
        ),
      () =>
        this.directory.teamNamesByIds(
          rows.map((r) => r.team_id),
          db,
        ),
      // In the caller's transaction: a new organisation's first invite is made before it commits.
      () =>
        this.organisations.organisationNamesByIds(
          rows.map((r) => r.organisation_id),
          db,
        ),
    ] as const);
    return rows.map((row) => ({
      ...row,
      invited_by_name: row.invited_by ? (inviters.get(row.invited_by) ?? null) : null,
      team_name: row.team_id ? (teams.get(row.team_id) ?? null) : null,
      organisation_name: organisations.get(row.organisation_id) ?? '',
    }));
  }

  private async namedOne(row: InviteRow, db?: EntityManager): Promise<NamedInvite> {
    const [named] = await this.named([row], db);
    return named;
  }

  /** An account (identity's directory; any organisation, any role) or an open invite has this address. */
  private async emailInUse(db: EntityManager, email: string): Promise<boolean> {
    return (await this.directory.emailTaken(email, db)) || (await this.invites.openInviteWithEmail(db, email));
  }

  private mailFor(row: NamedInvite, token: string) {
    return inviteMail({
      to: row.email,
      name: row.name,
      invitedBy: row.invited_by_name,
      organisationName: row.organisation_name,
      link: this.linkFor(token),
    });
  }

  private linkFor(token: string): string {
    return `${this.config.publicUrl}/uitnodiging?token=${encodeURIComponent(token)}`;
  }

  private toView(row: NamedInvite): StaffInvite {
    const expiresAt = new Date(row.expires_at);
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      teamId: row.team_id,
      teamName: row.team_name,
      canTrain: row.can_train,
      chatDuty: row.chat_duty,
      libraryEditor: row.library_editor,
      invitedByName: row.invited_by_name,
      createdAt: new Date(row.created_at).toISOString(),
      expiresAt: expiresAt.toISOString(),
      expired: expiresAt <= this.clock.now(),
    };
  }
}

function emailInUse(): ConflictException {
  return new ConflictException({
    code: EMAIL_IN_USE,
    fields: { email: ['an account or an open invite already has this e-mail address'] },
    message: 'An account or an open invite already has this e-mail address.',
  });
}

function linkInvalid(): BadRequestException {
  return new BadRequestException({ code: INVITE_LINK_INVALID, message: LINK_INVALID_MESSAGE, fields: { token: [LINK_INVALID_MESSAGE] } });
}
