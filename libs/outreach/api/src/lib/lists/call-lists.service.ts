import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import type { AssignEntries, CallListDetail, CallListSources, CallListSummary, CreateCallList } from '@nabij/outreach/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { QuestionnairesRepository } from '../questionnaires/questionnaires.repository';
import { organisationOf } from '../questionnaires/questionnaires.service';
import { CallListsRepository, ListRow } from './call-lists.repository';
import { ListFamiliesService } from './list-families.service';

const summary = (row: ListRow): CallListSummary => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  questionnaireTitle: row.questionnaire_title,
  source: row.source,
  sourceLabel: row.source_label,
  total: row.total,
  unassigned: row.unassigned,
  counts: row.counts,
});

/**
 * Call lists: made from an imported CSV of families (all lines or none), assigned to the
 * organisation's workers. Team leads see every list of their organisation, a worker the lists they
 * made. Neither sees answers here: only counts, names and who calls whom.
 */
@Injectable()
export class CallListsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lists: CallListsRepository,
    private readonly questionnaires: QuestionnairesRepository,
    private readonly accounts: AccountDirectoryService,
    private readonly families: ListFamiliesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(user: AuthUser, input: CreateCallList, meta: RequestMeta): Promise<CallListSummary> {
    const organisationId = organisationOf(user);
    const questionnaire = await this.questionnaires.questionnaireInOrganisation(input.questionnaireId, organisationId);
    if (!questionnaire || !(await this.questionnaires.currentVersion(questionnaire.id)))
      throw new BadRequestException({
        message: 'Choose a questionnaire of your organisation that has a published version.',
        fields: { questionnaireId: ['questionnaireId must name a published questionnaire of your organisation'] },
      });
    const { source, sourceLabel, rows } = await this.families.families(user, input);
    const now = this.clock.now();
    return this.dataSource.transaction(async (db) => {
      const listId = await this.lists.insertList(
        { organisationId, name: input.name.trim(), questionnaireId: questionnaire.id, source, sourceLabel, createdBy: user.id, now },
        db,
      );
      await this.lists.insertEntries(listId, organisationId, rows, now, db);
      await this.audit.record(
        {
          actor: user,
          action: 'create',
          resourceType: 'outreach_list',
          resourceId: listId,
          reason: `${rows.length} families (${source})`,
          ...meta,
        },
        db,
      );
      return summary((await this.lists.listInOrganisation(listId, organisationId, db))!);
    });
  }

  /** What a new list can be made of: the teams and financiers of the clients served now, and the schools on earlier lists. */
  sources(user: AuthUser): Promise<CallListSources> {
    return this.families.sources(user);
  }

  async overview(user: AuthUser): Promise<CallListSummary[]> {
    return (await this.lists.listsOf(organisationOf(user), user.role === 'team_lead' ? null : user.id)).map(summary);
  }

  async detail(user: AuthUser, listId: string, meta: RequestMeta): Promise<CallListDetail> {
    const list = await this.visibleList(user, listId);
    const entries = await this.lists.entriesOf(list.id);
    const workers = await this.accounts.accountsOf(organisationOf(user), ['worker']);
    const names = new Map(workers.map((w) => [w.id, w.name]));
    // Names of families are personal data: who looked at the list is logged.
    await this.audit.record({ actor: user, action: 'read', resourceType: 'outreach_list', resourceId: list.id, ...meta });
    return {
      ...summary(list),
      entries: entries.map((e) => ({
        id: e.id,
        line: e.line,
        familyName: e.family_name,
        postcode: e.postcode,
        school: e.school,
        client: e.client,
        status: e.status,
        assignedWorkerId: e.assigned_worker_id,
        assignedWorkerName: e.assigned_worker_id ? (names.get(e.assigned_worker_id) ?? null) : null,
      })),
      workers: workers.filter((w) => !w.deactivated).map((w) => ({ id: w.id, name: w.name })),
    };
  }

  async assign(user: AuthUser, listId: string, input: AssignEntries, meta: RequestMeta): Promise<CallListDetail> {
    const list = await this.visibleList(user, listId);
    if (input.workerId) {
      const worker = await this.accounts.memberOf(organisationOf(user), input.workerId, ['worker']);
      if (!worker || worker.deactivated)
        throw new NotFoundException({
          message: 'There is no worker with this id in your organisation.',
          code: 'outreach.no_worker_organisation',
        });
    }
    const entryIds = [...new Set(input.entryIds)];
    await this.dataSource.transaction(async (db) => {
      const assigned = await this.lists.assign(list.id, entryIds, input.workerId, db);
      // All or nothing: an id that is not on this list rolls the whole assignment back.
      if (assigned !== entryIds.length)
        throw new NotFoundException({ message: 'Some of these families are not on this list.', code: 'outreach.some_families_not' });
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'outreach_list', resourceId: list.id, reason: `${assigned} assigned`, ...meta },
        db,
      );
    });
    return this.detail(user, list.id, meta);
  }

  /** A team lead's organisation's list, or a list the worker made; else 404. */
  private async visibleList(user: AuthUser, listId: string): Promise<ListRow> {
    const list = await this.lists.listInOrganisation(listId, organisationOf(user));
    if (!list || (user.role !== 'team_lead' && list.created_by !== user.id))
      throw new NotFoundException({ message: 'There is no call list with this id.', code: 'outreach.no_call_list' });
    return list;
  }
}
