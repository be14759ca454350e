import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService, type CaseRef } from '@nabij/dossier/api';
import { KINDS_OF_WORK } from '@nabij/dossier/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AppConfig, AuthUser, Clock, MailService, OutboxMailEntity } from '@nabij/platform/api';
import {
  CONVERSATION_TYPES,
  ConversationAllowance,
  ConversationLimits,
  ContactType,
  ExtensionForLead,
  ExtensionRequest,
} from '@nabij/time/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ConversationLimitsDto, ExtensionRequestDto } from './dto/conversation-limit.dto';
import { ConversationLimitRepository, ExtensionRow } from './conversation-limit.repository';

export const isConversation = (type: ContactType): boolean => (CONVERSATION_TYPES as readonly string[]).includes(type);

const toRequest = (row: ExtensionRow): ExtensionRequest => ({
  id: row.id,
  caseId: row.case_id,
  extra: row.extra,
  reasonCategory: row.reason_category,
  reason: row.reason,
  status: row.status,
  requestedAt: row.requested_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
});

/** The content-free mail that tells the worker the team lead decided (the answer itself is in Nabij). */
export function extensionDecidedMail(to: string, url: string) {
  return {
    to,
    subject: 'Je verzoek om extra gesprekken is beoordeeld',
    text: `Je teamleider heeft je verzoek om extra gesprekken beoordeeld.\n\nLog in om het antwoord te zien: ${url}\n\nOm privacy te beschermen staat de inhoud nooit in een e-mail.\n`,
  };
}

/**
 * The conversation limit (issue 20): an admin sets the maximum of conversations per case and kind of
 * work; the worker sees how many are left and asks the team lead for more; registering a conversation
 * beyond the limit is refused (prefills of contacts that already happened are never refused).
 */
@Injectable()
export class ConversationLimitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ConversationLimitRepository,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async limits(user: AuthUser): Promise<ConversationLimits> {
    const rows = await this.repository.limits(organisationOf(user));
    const set = new Map(rows.map((r) => [r.kind_of_work, r.max_conversations]));
    return Object.fromEntries(KINDS_OF_WORK.map((kind) => [kind, set.get(kind) ?? null]));
  }

  async setLimits(user: AuthUser, change: ConversationLimitsDto): Promise<ConversationLimits> {
    const organisationId = organisationOf(user);
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      for (const kind of KINDS_OF_WORK) {
        const max = change[kind];
        if (max !== undefined) await this.repository.setLimit(organisationId, kind, max, now, user.id, db);
      }
    });
    return this.limits(user);
  }

  /** "Nog 2 van 5 gesprekken" for a case assigned to the worker (404 otherwise). */
  async allowance(user: AuthUser, caseId: string): Promise<ConversationAllowance> {
    const careCase = await this.ownCase(user, caseId);
    const [{ limit, approvedExtra, used }, requests] = await Promise.all([this.count(careCase), this.repository.requestsOfCase(caseId)]);
    const allowed = limit === null ? null : limit + approvedExtra;
    return {
      caseId,
      kindOfWork: careCase.kindOfWork,
      limit,
      approvedExtra,
      allowed,
      used,
      left: allowed === null ? null : Math.max(0, allowed - used),
      pending: requests.pending && toRequest(requests.pending),
      lastDecided: requests.lastDecided && toRequest(requests.lastDecided),
    };
  }

  async request(user: AuthUser, caseId: string, dto: ExtensionRequestDto): Promise<ExtensionRequest> {
    const careCase = await this.ownCase(user, caseId);
    if (careCase.closedOn)
      throw new ConflictException({ message: 'This case is closed: it needs no more conversations.', code: 'common.case_closed' });
    const limits = await this.repository.limits(careCase.organisationId);
    if (!limits.some((l) => l.kind_of_work === careCase.kindOfWork))
      throw new ConflictException({
        message: 'This kind of work has no conversation limit: no extension is needed.',
        code: 'time.no_limit',
      });
    const teamId = careCase.teamId ?? (await this.accounts.byId(user.id))?.teamId ?? null;
    const inserted = await this.repository.insertRequest(
      {
        organisationId: careCase.organisationId,
        caseId,
        workerId: user.id,
        teamId,
        extra: dto.extra,
        reasonCategory: dto.reasonCategory,
        reason: dto.reason,
        requestedAt: this.clock.now(),
      },
      this.dataSource.manager,
    );
    if (!inserted)
      throw new ConflictException({
        message: 'There is already a request for this case waiting for the team lead.',
        code: 'time.extension_waiting',
      });
    return toRequest(inserted);
  }

  /** The requests of the team lead's team: who asks, for which kind of work, how many; never client content. */
  async forLead(lead: AuthUser, decided: boolean): Promise<ExtensionForLead[]> {
    const { organisationId, teamId } = await this.leadScope(lead);
    if (!teamId) return [];
    const rows = await this.repository.ofTeam(organisationId, teamId, decided);
    const caseIds = rows.map((r) => r.case_id);
    const [cases, names, used, extra, limits] = await Promise.all([
      this.cases.casesByIds(caseIds),
      this.accounts.namesByIds(rows.map((r) => r.worker_id)),
      this.repository.conversationsOnCases(caseIds),
      this.repository.approvedExtraOnCases(caseIds),
      this.repository.limits(organisationId),
    ]);
    const limitOf = new Map(limits.map((l) => [l.kind_of_work, l.max_conversations]));
    return rows.map((row) => {
      const kindOfWork = cases.get(row.case_id)?.kindOfWork ?? 'algemeen_mw';
      const limit = limitOf.get(kindOfWork);
      return {
        ...toRequest(row),
        workerId: row.worker_id,
        workerName: names.get(row.worker_id) ?? null,
        kindOfWork,
        used: used.get(row.case_id) ?? 0,
        allowed: limit === undefined ? null : limit + (extra.get(row.case_id) ?? 0),
      };
    });
  }

  /** The team lead approves or refuses an open request of their team in one click; the worker gets a mail. */
  async decide(lead: AuthUser, id: string, status: 'approved' | 'refused'): Promise<ExtensionRequest> {
    const { organisationId, teamId } = await this.leadScope(lead);
    if (!teamId)
      throw new NotFoundException({ message: 'This request does not exist or is not of your team.', code: 'time.extension_not_found' });
    let mail: OutboxMailEntity | null = null;
    const decided = await this.dataSource.transaction(async (db) => {
      const row = await this.repository.decide(id, organisationId, teamId, status, lead.id, this.clock.now(), db);
      if (row) {
        const email = await this.accounts.emailOf(row.worker_id, db);
        if (email) mail = await this.mail.enqueue(extensionDecidedMail(email, this.config.publicUrl), db);
      }
      return row;
    });
    if (!decided) {
      if (await this.repository.existsInTeam(id, organisationId, teamId))
        throw new ConflictException({ message: 'This request has been decided already.', code: 'time.extension_decided' });
      throw new NotFoundException({ message: 'This request does not exist or is not of your team.', code: 'time.extension_not_found' });
    }
    if (mail) await this.mail.deliver(mail);
    return toRequest(decided);
  }

  /**
   * Refuses to register one more conversation on a case that reached its limit (in the caller's
   * transaction, holding the case's lock until it commits). Other contact types always pass.
   */
  async assertRoomFor(caseId: string, contactType: ContactType, db: EntityManager): Promise<void> {
    if (!isConversation(contactType)) return;
    await this.repository.lockCase(caseId, db);
    const careCase = await this.cases.caseById(caseId, db);
    if (!careCase) return;
    const { limit, approvedExtra, used } = await this.count(careCase, db);
    if (limit === null || used < limit + approvedExtra) return;
    throw new ConflictException({
      message: `This case has had all ${limit + approvedExtra} conversations it may have. Ask your team lead for more conversations first.`,
      code: 'conversation_limit',
      caseId,
      fields: { contactType: ['the conversation limit of this case is reached'] },
    });
  }

  private async count(careCase: CaseRef, db?: EntityManager): Promise<{ limit: number | null; approvedExtra: number; used: number }> {
    // One after the other: inside a transaction they share one connection.
    const limits = await this.repository.limits(careCase.organisationId, db);
    const approvedExtra = await this.repository.approvedExtra(careCase.id, db);
    const used = await this.repository.conversationsOn(careCase.id, db);
    const limit = limits.find((l) => l.kind_of_work === careCase.kindOfWork)?.max_conversations ?? null;
    return { limit, approvedExtra, used };
  }

  private async ownCase(user: AuthUser, caseId: string): Promise<CaseRef> {
    const careCase = await this.cases.caseOfWorker(caseId, user.id, organisationOf(user));
    if (!careCase)
      throw new NotFoundException({ message: 'This case does not exist or is not assigned to you.', code: 'common.case_not_found' });
    return careCase;
  }

  private async leadScope(lead: AuthUser): Promise<{ organisationId: string; teamId: string | null }> {
    const organisationId = organisationOf(lead);
    const teamId = (await this.accounts.byId(lead.id))?.teamId ?? null;
    return { organisationId, teamId };
  }
}

function organisationOf(user: AuthUser): string {
  if (!user.organisationId)
    throw new ForbiddenException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
  return user.organisationId;
}
