import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { PostcodeCheckService } from '@nabij/intake/api';
import type { PostcodeCheckResponse } from '@nabij/intake/contracts';
import {
  AnswerQuestion,
  AskedQuestion,
  AskQuestion,
  CaseQuestion,
  QUESTION_ANSWER_HOURS,
  QUESTION_READ_PATH,
  OpenQuestionCount,
  QUESTION_NOT_INVITED,
  QuestionThread,
  QueuedQuestion,
} from '@nabij/library/contracts';
import { AppConfig, AuditService, AuthUser, Clock, JobsService, MailService, RequestMeta } from '@nabij/platform/api';
import { CONTACT_OCCURRED, ContactOccurred, dutchDate } from '@nabij/time/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { answeredMail, invitedMail } from './question-mails';
import { QuestionRepository, QuestionRow } from './question.repository';

export function hashQuestionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Anonymous first questions: asked with a served postcode check and a nickname, read back with the
 * private link's token (a wrong or guessed one is a 404 like any unknown thread), answered by a worker
 * of the organisation that serves the postcode. Every worker read is in the audit log.
 */
@Injectable()
export class QuestionService {
  constructor(
    private readonly repository: QuestionRepository,
    private readonly checks: PostcodeCheckService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  async ask(input: AskQuestion): Promise<AskedQuestion> {
    const check = await this.checks.servedCheck(input.checkId);
    if (!check) throw fieldError('checkId', 'checkId must come from a served postcode check');
    if (check.expired) throw fieldError('checkId', 'the postcode check has expired');
    const token = randomBytes(32).toString('base64url');
    const askedAt = this.clock.now();
    const dueAt = new Date(askedAt.getTime() + QUESTION_ANSWER_HOURS * 3_600_000);
    const id = await this.repository.insert({
      organisationId: check.organisationId,
      checkId: check.checkId,
      nickname: input.nickname.trim(),
      body: input.question.trim(),
      lang: input.lang ?? 'nl',
      tokenHash: hashQuestionToken(token),
      notifyEmail: input.email?.trim() || null,
      askedAt,
      dueAt,
    });
    if (!id) throw fieldError('checkId', 'this postcode check was used for a question already');
    return { token, link: `${this.config.publicUrl}${QUESTION_READ_PATH}#${token}`, dueAt: dueAt.toISOString() };
  }

  async read(token: string): Promise<QuestionThread> {
    const row = await this.repository.byTokenHash(hashQuestionToken(token));
    if (!row) throw new NotFoundException({ message: 'There is no question behind this link.', code: 'library.no_question_behind' });
    return {
      nickname: row.nickname,
      question: row.body,
      askedAt: row.asked_at.toISOString(),
      dueAt: row.due_at.toISOString(),
      answer: row.answer,
      answeredAt: row.answered_at?.toISOString() ?? null,
      invitedAt: row.invited_at?.toISOString() ?? null,
    };
  }

  /**
   * The worker invites the asker to register, as an anonymous chat can become a registered client:
   * the private link then offers registration, and a notice address (kept only while unanswered)
   * gets a mail without content. Inviting twice keeps the first invitation.
   */
  async invite(user: AuthUser, id: string, meta: RequestMeta): Promise<QueuedQuestion> {
    return this.dataSource.transaction(async (db) => {
      const row = await this.repository.lockInOrganisation(id, organisationOf(user), db);
      if (!row) throw new NotFoundException({ message: 'There is no question with this id.', code: 'library.no_question' });
      const now = this.clock.now();
      if (row.invited_at) return queued(row, now);
      const invited = await this.repository.invite(id, user.id, now, db);
      if (row.notify_email) {
        await this.mail.enqueue(invitedMail(row.notify_email, row.lang, this.config.publicUrl), db);
      }
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'library_question', resourceId: id, reason: 'invited to register', ...meta },
        db,
      );
      return queued(invited, now);
    });
  }

  /**
   * For the asker who was invited: a fresh postcode check of the postcode they asked from, made by
   * intake like any other (still served? then it leads to the registration form; else to the
   * referral), so registering runs through intake's own path. 404 for a link without a thread,
   * 409 when there is no invitation.
   */
  async registrationCheck(token: string): Promise<PostcodeCheckResponse> {
    const row = await this.repository.byTokenHash(hashQuestionToken(token));
    if (!row) throw new NotFoundException({ message: 'There is no question behind this link.', code: 'library.no_question_behind' });
    if (!row.invited_at) throw new ConflictException({ message: 'There is no invitation to register yet.', code: QUESTION_NOT_INVITED });
    const check = await this.checks.servedCheck(row.postcode_check_id);
    if (!check)
      throw new ConflictException({ message: 'Do the postcode check on the start page to register.', code: QUESTION_NOT_INVITED });
    const fresh = await this.checks.check(check.postcode);
    // Whoever registers with this check is the asker: their question moves to their case.
    if (fresh.served) await this.repository.addRegistrationCheck(row.id, fresh.checkId);
    return fresh;
  }

  /**
   * The anonymous question the case's client asked before registering (through the invitation), with
   * its answer: for the worker of the case only (another's case, or another organisation's, is a 404).
   * The first open case it is shown on takes the thread, and the answer's time entry moves there.
   * Every question shown is a read in the audit log.
   */
  async ofCase(worker: AuthUser, caseId: string, meta: RequestMeta): Promise<CaseQuestion[]> {
    const careCase = await this.cases.caseOfWorker(caseId, worker.id, worker.organisationId);
    if (!careCase)
      throw new NotFoundException({ message: 'There is no case with this id in your caseload.', code: 'library.no_case_caseload' });
    await this.linkRegistered(careCase.organisationId);
    let rows = await this.repository.forCase(careCase.clientId, careCase.organisationId, careCase.id);
    const loose = rows.filter((r) => !r.case_id);
    if (loose.length && !careCase.closedOn) {
      await this.dataSource.transaction(async (db) => {
        const moved = new Set(
          await this.repository.moveToCase(
            loose.map((r) => r.id),
            careCase.id,
            db,
          ),
        );
        for (const row of loose.filter((r) => moved.has(r.id))) await this.moveTime(row, careCase.id, worker, db);
      });
      rows = await this.repository.forCase(careCase.clientId, careCase.organisationId, careCase.id);
    }
    const shown = rows.filter((r) => r.case_id === careCase.id);
    await this.audit.recordList(
      { actor: worker, action: 'read', resourceType: 'library_question', ...meta },
      shown.map((r) => ({ clientId: careCase.clientId, resourceId: r.id })),
    );
    const names = await this.accounts.namesByIds(shown.map((r) => r.answered_by));
    return shown.map((r) => ({
      id: r.id,
      nickname: r.nickname,
      question: r.body,
      askedAt: r.asked_at.toISOString(),
      answer: r.answer,
      answeredAt: r.answered_at?.toISOString() ?? null,
      answeredBy: r.answered_by ? (names.get(r.answered_by) ?? null) : null,
      invitedAt: r.invited_at?.toISOString() ?? null,
      linkedAt: (r.linked_at as Date).toISOString(),
    }));
  }

  /**
   * Recognises the askers of the organisation's invited questions who registered: intake says which
   * of the checks their private link made created a client account. Runs when the queue or a case
   * is read, so the link needs no hook in intake's registration.
   */
  private async linkRegistered(organisationId: string): Promise<void> {
    const pending = await this.repository.pendingRegistrations(organisationId);
    if (!pending.length) return;
    const created = await this.checks.accountsCreatedWith(pending.flatMap((p) => p.registration_check_ids));
    for (const question of pending) {
      const clientId = question.registration_check_ids.map((id) => created.get(id)).find((id) => id);
      if (!clientId) continue;
      await this.dataSource.transaction(async (db) => {
        if (!(await this.repository.linkClient(question.id, clientId, this.clock.now(), db))) return;
        await this.audit.record(
          {
            actor: null,
            action: 'update',
            resourceType: 'library_question',
            resourceId: question.id,
            clientId,
            reason: 'the invited asker registered',
          },
          db,
        );
      });
    }
  }

  /** The answer counted as the organisation's time without a case: the same contact again, with the case, moves it there. */
  private async moveTime(row: QuestionRow, caseId: string, worker: AuthUser, db: EntityManager): Promise<void> {
    if (row.answered_at && row.answered_by) {
      const contact: ContactOccurred = {
        source: 'message',
        sourceId: row.id,
        workerId: row.answered_by,
        caseId,
        organisationId: row.organisation_id,
        occurredOn: dutchDate(row.answered_at),
        contactType: 'message',
      };
      await this.jobs.send(CONTACT_OCCURRED, contact, { manager: db });
    }
    await this.audit.record(
      {
        actor: worker,
        action: 'update',
        resourceType: 'library_question',
        resourceId: row.id,
        clientId: row.client_id,
        reason: 'moved to case',
      },
      db,
    );
  }

  /** The worker's organisation's questions, each read logged. */
  async queue(user: AuthUser, meta: RequestMeta): Promise<QueuedQuestion[]> {
    await this.linkRegistered(organisationOf(user));
    const now = this.clock.now();
    const rows = await this.repository.queue(organisationOf(user), now);
    if (rows.length) {
      await this.audit.recordMany(
        rows.map((row) => ({ actor: user, action: 'read' as const, resourceType: 'library_question', resourceId: row.id, ...meta })),
      );
    }
    return rows.map((row) => queued(row, now));
  }

  async openCount(user: AuthUser): Promise<OpenQuestionCount> {
    return { open: await this.repository.openCount(organisationOf(user)) };
  }

  async answer(user: AuthUser, id: string, input: AnswerQuestion, meta: RequestMeta): Promise<QueuedQuestion> {
    return this.dataSource.transaction(async (db) => {
      const row = await this.repository.lockInOrganisation(id, organisationOf(user), db);
      if (!row) throw new NotFoundException({ message: 'There is no question with this id.', code: 'library.no_question' });
      if (row.answered_at) throw new ConflictException({ message: 'This question has an answer already.', code: 'question_answered' });
      const now = this.clock.now();
      const answered = await this.repository.answer(id, { answer: input.answer.trim(), workerId: user.id, at: now }, db);
      if (row.notify_email) {
        await this.mail.enqueue(answeredMail(row.notify_email, row.lang, this.config.publicUrl), db);
      }
      // A written answer counts as worker time like a reply to a message; there is no case (yet), so the organisation's.
      const contact: ContactOccurred = {
        source: 'message',
        sourceId: id,
        workerId: user.id,
        caseId: null,
        organisationId: row.organisation_id,
        occurredOn: dutchDate(now),
        contactType: 'message',
      };
      await this.jobs.send(CONTACT_OCCURRED, contact, { manager: db });
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'library_question', resourceId: id, reason: 'answered', ...meta },
        db,
      );
      return queued(answered, now);
    });
  }
}

function organisationOf(user: AuthUser): string {
  // Workers always belong to an organisation; a token without one finds nothing.
  return user.organisationId ?? '00000000-0000-0000-0000-000000000000';
}

function queued(row: QuestionRow, now: Date): QueuedQuestion {
  const invitedAt = row.invited_at?.toISOString() ?? null;
  return {
    id: row.id,
    nickname: row.nickname,
    question: row.body,
    askedAt: row.asked_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    overdue: !row.answered_at && row.due_at.getTime() < now.getTime(),
    answer: row.answer,
    answeredAt: row.answered_at?.toISOString() ?? null,
    invitedAt,
  };
}

function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, fields: { [field]: [message] } });
}
