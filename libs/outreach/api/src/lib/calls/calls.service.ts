import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { CALL_BACK_MAX_DAYS, storedAnswers, validateAnswers } from '@nabij/outreach/contracts';
import type {
  CallAttemptView,
  CallEntry,
  CallEntryDetail,
  FinishCall,
  FinishedCall,
  CreateTaskCase,
  CreateTaskReferral,
  MyCalls,
  TaskCase,
  TaskCaseProblem,
  OutreachTask,
  TaskReferral,
  TaskReferralProblem,
} from '@nabij/outreach/contracts';
import { CaseLookupService, CaseOpeningService } from '@nabij/dossier/api';
import type { KindOfWork } from '@nabij/dossier/contracts';
import { AdmissionService } from '@nabij/intake/api';
import type { ActivationLetter } from '@nabij/intake/contracts';
import { AuditService, AuthUser, Clock, JobsService, RequestMeta } from '@nabij/platform/api';
import { MobileNumbersService } from '@nabij/reminders/api';
import { ReferralService } from '@nabij/socialmap/api';
import { CONTACT_OCCURRED, ContactOccurred, dutchDate } from '@nabij/time/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { QuestionnairesRepository } from '../questionnaires/questionnaires.repository';
import { organisationOf, QuestionnairesService } from '../questionnaires/questionnaires.service';
import { AttemptRow, CallsRepository, EntryRow, TaskRow } from './calls.repository';
import { plannedTasks } from './follow-ups';

const DAY_MS = 86_400_000;

const entryView = (row: EntryRow): CallEntry => ({
  id: row.id,
  listName: row.list_name,
  familyName: row.family_name,
  phone: row.phone,
  clientId: row.client_id,
  postcode: row.postcode,
  school: row.school,
  status: row.status,
  callBackAt: row.call_back_at?.toISOString() ?? null,
  attempts: row.attempts,
});

const taskView = (row: TaskRow, caseIds: Map<string, string>): OutreachTask => ({
  id: row.id,
  entryId: row.entry_id,
  familyName: row.family_name,
  kind: row.kind,
  dueOn: row.due_on,
  note: row.note,
  doneAt: row.done_at?.toISOString() ?? null,
  caseId: row.client_id ? (caseIds.get(row.client_id) ?? null) : null,
  consent: row.kind === 'follow_up' && row.consent,
  referral: referralOf(row),
  madeCaseId: row.made_case_id,
});

const referralOf = (row: TaskRow): TaskReferral | null =>
  row.referral_id ? { id: row.referral_id, caseId: row.referral_case_id!, serviceLabel: row.referral_label! } : null;

const attemptView = (row: AttemptRow): CallAttemptView => ({
  id: row.id,
  startedAt: row.started_at.toISOString(),
  endedAt: row.ended_at?.toISOString() ?? null,
  outcome: row.outcome,
  callBackAt: row.call_back_at?.toISOString() ?? null,
});

const refused = (code: TaskReferralProblem, message: string) => new ConflictException({ message, code });

const cannotMakeCase = (code: TaskCaseProblem, message: string) => new ConflictException({ message, code });

const badField = (field: string, message: string) => new BadRequestException({ message, fields: { [field]: [message] } });

/**
 * The worker's "Bellijst": only the worker a family is assigned to sees it, calls it and reads its
 * answers (every read audit-logged). A call is started, then finished with how it went; a reached
 * family's answers are checked against the version shown at the start, and the call's minutes are
 * announced to time registration: on the client's case when the family is a client with an open case
 * of this worker, else without a case (the organisation's contact time, like an anonymous chat).
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calls: CallsRepository,
    private readonly questionnaireRows: QuestionnairesRepository,
    private readonly questionnaires: QuestionnairesService,
    private readonly jobs: JobsService,
    private readonly cases: CaseLookupService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly mobiles: MobileNumbersService,
    private readonly referrals: ReferralService,
    private readonly admissions: AdmissionService,
    private readonly caseOpening: CaseOpeningService,
  ) {}

  async mine(user: AuthUser, meta: RequestMeta): Promise<MyCalls> {
    const organisationId = organisationOf(user);
    const [entries, tasks] = await Promise.all([
      this.calls.toCallOf(user.id, organisationId, this.clock.now()),
      this.calls.openTasksOf(user.id, organisationId),
    ]);
    await this.audit.record({ actor: user, action: 'read', resourceType: 'outreach_calls', reason: `${entries.length} families`, ...meta });
    const caseIds = await this.casesOfClients(user, tasks);
    const withPhones = await this.withClientPhones(user, entries, meta);
    return { toCall: withPhones.map(entryView), tasks: tasks.map((t) => taskView(t, caseIds)) };
  }

  /**
   * A client on the list has no number from a file: the mobile number they gave in Herinneringen is
   * the one to call, where they gave one. Only the assigned worker gets here (every entry passed is
   * theirs), and each number shown is a read of the client's data in the access log.
   */
  private async withClientPhones(user: AuthUser, rows: EntryRow[], meta: RequestMeta, db?: EntityManager): Promise<EntryRow[]> {
    const clientIds = rows.filter((r) => r.client_id && !r.phone).map((r) => r.client_id!);
    if (!clientIds.length) return rows;
    const mobiles = await this.mobiles.mobilesOf(clientIds);
    const shown = rows.filter((r) => r.client_id && !r.phone && mobiles.has(r.client_id));
    if (!shown.length) return rows;
    await this.audit.recordList(
      { actor: user, action: 'read', resourceType: 'client_mobile', ...meta },
      shown.map((r) => ({ clientId: r.client_id!, resourceId: r.id })),
      db,
    );
    return rows.map((r) => (shown.includes(r) ? { ...r, phone: mobiles.get(r.client_id!)! } : r));
  }

  /** The open case of each client among the tasks that is with this worker: where a follow-up is arranged. */
  private async casesOfClients(user: AuthUser, tasks: TaskRow[]): Promise<Map<string, string>> {
    const caseIds = new Map<string, string>();
    for (const clientId of new Set(tasks.map((t) => t.client_id).filter((id): id is string => !!id))) {
      const found = await this.cases.newestOpenCaseIn(clientId, organisationOf(user), user.id);
      if (found) caseIds.set(clientId, found.id);
    }
    return caseIds;
  }

  async entry(user: AuthUser, entryId: string, meta: RequestMeta): Promise<CallEntryDetail> {
    const entry = (await this.withClientPhones(user, [await this.assignedEntry(user, entryId)], meta))[0];
    const [attempts, responses, tasks] = await Promise.all([
      this.calls.attemptsOf(entry.id),
      this.calls.responsesOf(entry.id),
      this.calls.tasksOfEntry(entry.id),
    ]);
    const running = attempts.find((a) => !a.ended_at) ?? null;
    const versionId = running?.version_id ?? (await this.currentVersionId(entry.questionnaire_id));
    const version = await this.questionnaireRows.versionInOrganisation(versionId, organisationOf(user));
    await this.audit.record({ actor: user, action: 'read', resourceType: 'outreach_entry', resourceId: entry.id, ...meta });
    const caseIds = await this.casesOfClients(user, tasks);
    return {
      ...entryView(entry),
      attemptsMade: attempts.map(attemptView),
      runningAttemptId: running?.id ?? null,
      questionnaire: await this.questionnaires.view(version!),
      responses: responses.map((r) => ({
        id: r.id,
        versionId: r.version_id,
        submittedAt: r.submitted_at.toISOString(),
        answers: r.answers,
      })),
      tasks: tasks.map((t) => taskView(t, caseIds)),
    };
  }

  /** Starts a call to the family (or answers the one running): the duration counts from here. */
  async start(user: AuthUser, entryId: string, meta: RequestMeta): Promise<CallAttemptView> {
    return this.dataSource.transaction(async (db) => {
      const entry = await this.assignedEntry(user, entryId, db);
      const running = await this.calls.runningAttempt(entry.id, db);
      if (running) return attemptView(running);
      const versionId = await this.currentVersionId(entry.questionnaire_id, db);
      const attempt = await this.calls.insertAttempt({ entryId: entry.id, workerId: user.id, versionId, now: this.clock.now() }, db);
      await this.audit.record({ actor: user, action: 'create', resourceType: 'outreach_attempt', resourceId: attempt.id, ...meta }, db);
      return attemptView(attempt);
    });
  }

  async finish(user: AuthUser, attemptId: string, input: FinishCall, meta: RequestMeta): Promise<FinishedCall> {
    const now = this.clock.now();
    const callBackAt = this.callBackAt(input, now);
    if (input.outcome === 'reached' && !input.answers) throw badField('answers', 'answers are needed when the family was reached');
    if (input.outcome !== 'reached' && input.answers)
      throw badField('answers', 'answers belong only to a call where the family was reached');
    return this.dataSource.transaction(async (db) => {
      const attempt = await this.calls.lockAttemptOfWorker(attemptId, user.id, organisationOf(user), db);
      if (!attempt) throw new NotFoundException({ message: 'There is no call with this id.', code: 'outreach.no_call' });
      if (attempt.ended_at) throw new ConflictException({ message: 'This call was finished already.', code: 'call_finished' });
      const version = (await this.questionnaireRows.versionInOrganisation(attempt.version_id, organisationOf(user), db))!;
      const definition = await this.questionnaireRows.definitionOf(version, db);
      const answers = input.answers ? storedAnswers(input.answers) : null;
      if (input.answers) {
        const problems = validateAnswers(definition, input.answers);
        if (Object.keys(problems).length) {
          const fields = Object.fromEntries(Object.entries(problems).map(([key, problem]) => [`answers.${key}`, [problem]]));
          throw new BadRequestException({ message: `Check these answers: ${Object.keys(problems).join(', ')}`, fields });
        }
      }
      await this.calls.endAttempt(attempt.id, input.outcome, callBackAt, now, db);
      if (answers) {
        const responseId = await this.calls.insertResponse(
          { entryId: attempt.entry_id, attemptId: attempt.id, versionId: version.id, workerId: user.id, answers, now },
          db,
        );
        for (const task of plannedTasks(definition, answers, dutchDate(now)))
          await this.calls.insertTask({ ...task, entryId: attempt.entry_id, responseId, workerId: user.id, now }, db);
      }
      const minutes = Math.max(1, Math.ceil((now.getTime() - attempt.started_at.getTime()) / 60_000));
      const entry = (await this.calls.entryOfWorker(attempt.entry_id, user.id, organisationOf(user), db))!;
      const [shownEntry] = await this.withClientPhones(user, [entry], meta, db);
      // Somebody answered the phone: that is a contact. No answer is no contact.
      if (input.outcome !== 'no_answer') await this.announceContact(user, attempt, entry, minutes, now, db);
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'outreach_attempt', resourceId: attempt.id, reason: input.outcome, ...meta },
        db,
      );
      const tasks = await this.calls.tasksOfEntry(entry.id, db);
      const open = tasks.filter((t) => !t.done_at);
      const caseIds = await this.casesOfClients(user, open);
      return { entry: entryView(shownEntry), minutes, tasks: open.map((t) => taskView(t, caseIds)) };
    });
  }

  async finishTask(user: AuthUser, taskId: string, meta: RequestMeta): Promise<void> {
    const done = await this.calls.finishTask(taskId, user.id, organisationOf(user), this.clock.now());
    if (!done) throw new NotFoundException({ message: 'There is no open task with this id.', code: 'outreach.no_open_task' });
    await this.audit.record({ actor: user, action: 'update', resourceType: 'outreach_task', resourceId: taskId, reason: 'done', ...meta });
  }

  /**
   * "Verwijs door" from a follow-up task: a referral (status proposed) on the client's open case with
   * this worker, to a service of the social map, written by socialmap in this transaction and noted
   * on the task, which is then done. Only when the family said yes to the consent question in that
   * call; a retry (a double click, a lost answer) gets the referral made the first time, never a second.
   */
  async refer(user: AuthUser, taskId: string, input: CreateTaskReferral, meta: RequestMeta): Promise<TaskReferral> {
    return this.dataSource.transaction(async (db) => {
      const task = await this.calls.lockTaskOfWorker(taskId, user.id, organisationOf(user), db);
      if (!task) throw new NotFoundException({ message: 'There is no task with this id on your list.', code: 'outreach.no_task' });
      const made = referralOf(task);
      if (made) return made;
      if (task.kind !== 'follow_up') throw refused('not_a_follow_up', 'Only a task to arrange help can become a referral.');
      if (!task.consent) throw refused('no_consent', 'The family did not agree in the call to a referral or a case.');
      const clientCase = task.client_id ? await this.cases.newestOpenCaseIn(task.client_id, organisationOf(user), user.id) : null;
      if (!clientCase) throw refused('no_case', 'This family has no open case with you to refer from.');
      const id = await this.referrals.createIn(
        db,
        user,
        clientCase.id,
        { serviceId: input.serviceId, reason: input.reason, status: 'proposed' },
        meta,
      );
      const referral = { id, caseId: clientCase.id, serviceLabel: await this.referrals.labelOf(id, db) };
      await this.calls.noteReferral(task.id, { id, caseId: referral.caseId, label: referral.serviceLabel }, this.clock.now(), db);
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'outreach_task',
          resourceId: task.id,
          clientId: task.client_id,
          reason: 'referred',
          ...meta,
        },
        db,
      );
      return referral;
    });
  }

  /**
   * "Maak een dossier" from a follow-up task of a family without a Nabij account (a family from a
   * file), when the family agreed in that call: in one transaction intake admits the family as a
   * client without an e-mail address (a login name and a letter with a one-time code), dossier opens
   * a case for this worker with intake channel `phone`, and the task notes the case (and is done)
   * while the entry gets the client. Whatever fails, nothing of it stays. A retry (a double click, a
   * lost answer) gets the case made the first time, without a letter: the code is shown once.
   */
  async makeCase(
    user: AuthUser,
    taskId: string,
    input: CreateTaskCase<KindOfWork>,
    meta: RequestMeta,
  ): Promise<TaskCase<ActivationLetter>> {
    return this.dataSource.transaction(async (db) => {
      const task = await this.calls.lockTaskOfWorker(taskId, user.id, organisationOf(user), db);
      if (!task) throw new NotFoundException({ message: 'There is no task with this id on your list.', code: 'outreach.no_task' });
      if (task.made_case_id) return { caseId: task.made_case_id, clientId: task.client_id!, letter: null };
      if (task.kind !== 'follow_up') throw cannotMakeCase('outreach.not_a_follow_up', 'Only a task to arrange help can become a case.');
      if (!task.consent) throw cannotMakeCase('outreach.no_consent', 'The family did not agree in the call to a referral or a case.');
      // The entry is locked with the task's family: two tasks of one family cannot both make an account.
      const entry = await this.calls.entryOfWorker(task.entry_id, user.id, organisationOf(user), db);
      // The family went to a colleague since the call: the task is no longer this worker's to act on.
      if (!entry) throw new NotFoundException({ message: 'There is no task with this id on your list.', code: 'outreach.no_task' });
      if (entry.client_id)
        throw cannotMakeCase('outreach.family_has_account', 'This family is a client already: open or use their case in the dossier.');
      const letter = await this.admissions.admitWithoutEmailIn(
        db,
        user,
        {
          name: input.name.trim(),
          birthDate: input.birthDate,
          financierId: input.financierId,
          reason: `Gebeld vanuit de bellijst "${entry.list_name}"; de familie stemde in met een dossier.`,
        },
        meta,
      );
      const opened = await this.caseOpening.openIn(
        db,
        user,
        { clientId: letter.clientId, kindOfWork: input.kindOfWork, financierId: input.financierId, intakeChannel: 'phone' },
        meta,
      );
      await this.calls.noteCaseMade(
        { id: task.id, entryId: entry.id },
        { caseId: opened.id, clientId: letter.clientId },
        this.clock.now(),
        db,
      );
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'outreach_task',
          resourceId: task.id,
          clientId: letter.clientId,
          reason: 'case made',
          ...meta,
        },
        db,
      );
      return { caseId: opened.id, clientId: letter.clientId, letter };
    });
  }

  private callBackAt(input: FinishCall, now: Date): Date | null {
    if (input.outcome !== 'call_back') {
      if (input.callBackAt) throw badField('callBackAt', 'callBackAt belongs only to the outcome call_back');
      return null;
    }
    if (!input.callBackAt) throw badField('callBackAt', 'callBackAt is needed: when may we call back?');
    const at = new Date(input.callBackAt);
    if (at.getTime() <= now.getTime() || at.getTime() > now.getTime() + CALL_BACK_MAX_DAYS * DAY_MS)
      throw badField('callBackAt', `callBackAt must lie in the future, at most ${CALL_BACK_MAX_DAYS} days ahead`);
    return at;
  }

  private async announceContact(
    user: AuthUser,
    attempt: AttemptRow,
    entry: EntryRow,
    minutes: number,
    now: Date,
    db: EntityManager,
  ): Promise<void> {
    // A client's call counts on their open case of this worker; a family from a file has no case here:
    // the organisation's contact time, as an anonymous chat.
    const clientCase = entry.client_id ? await this.cases.newestOpenCaseIn(entry.client_id, organisationOf(user), user.id) : null;
    const contact: ContactOccurred = {
      source: 'outreach',
      sourceId: attempt.id,
      workerId: user.id,
      caseId: clientCase?.id ?? null,
      organisationId: organisationOf(user),
      occurredOn: dutchDate(now),
      contactType: 'phone',
      minutes,
    };
    await this.jobs.send(CONTACT_OCCURRED, contact, { manager: db });
  }

  private async assignedEntry(user: AuthUser, entryId: string, db?: EntityManager): Promise<EntryRow> {
    const entry = await this.calls.entryOfWorker(entryId, user.id, organisationOf(user), db);
    if (!entry)
      throw new NotFoundException({ message: 'There is no family with this id on your call list.', code: 'outreach.no_family_call' });
    return entry;
  }

  private async currentVersionId(questionnaireId: string, db?: EntityManager): Promise<string> {
    const version = await this.questionnaireRows.currentVersion(questionnaireId, db);
    if (!version) throw new ConflictException({ message: 'This questionnaire has no published version.', code: 'no_published_version' });
    return version.id;
  }
}
