import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { PostcodeCheckService } from '@nabij/intake/api';
import type { PostcodeCheckResponse } from '@nabij/intake/contracts';
import {
  AnswerQuestion,
  AskedQuestion,
  AskQuestion,
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
import { DataSource } from 'typeorm';
import { QuestionRepository, QuestionRow } from './question.repository';

const NOTICE = {
  nl: {
    subject: 'Er is een antwoord op je vraag',
    text: (url: string) =>
      `Hallo,\n\nEen maatschappelijk werker heeft je vraag beantwoord. Open de persoonlijke link die je kreeg toen je de vraag stelde om het antwoord te lezen.\n\nBen je de link kwijt? Stel je vraag dan opnieuw op ${url}/vraag-stellen.\n\nIn deze e-mail staat expres niets over je vraag of het antwoord.\n\nNabij`,
  },
  en: {
    subject: 'Your question has been answered',
    text: (url: string) =>
      `Hello,\n\nA social worker has answered your question. Open the personal link you got when you asked it to read the answer.\n\nLost the link? Then ask your question again at ${url}/vraag-stellen.\n\nOn purpose, this e-mail says nothing about your question or the answer.\n\nNabij`,
  },
};

const INVITE_NOTICE = {
  nl: {
    subject: 'Je bent uitgenodigd om je aan te melden',
    text: (url: string) =>
      `Hallo,\n\nEen maatschappelijk werker nodigt je uit om je aan te melden. Dan kun je verder met een eigen online dossier. Open de persoonlijke link die je kreeg toen je je vraag stelde en kies "Aanmelden".\n\nBen je de link kwijt? Meld je dan aan via ${url}.\n\nIn deze e-mail staat expres niets over je vraag.\n\nNabij`,
  },
  en: {
    subject: 'You are invited to register',
    text: (url: string) =>
      `Hello,\n\nA social worker invites you to register. Then you can continue with your own online file. Open the personal link you got when you asked your question and choose "Register".\n\nLost the link? Then register at ${url}.\n\nOn purpose, this e-mail says nothing about your question.\n\nNabij`,
  },
};

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
    if (!row) throw new NotFoundException('There is no question behind this link.');
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
      if (!row) throw new NotFoundException('There is no question with this id.');
      const now = this.clock.now();
      if (row.invited_at) return queued(row, now);
      const invited = await this.repository.invite(id, user.id, now, db);
      if (row.notify_email) {
        const notice = INVITE_NOTICE[row.lang];
        await this.mail.enqueue({ to: row.notify_email, subject: notice.subject, text: notice.text(this.config.publicUrl) }, db);
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
    if (!row) throw new NotFoundException('There is no question behind this link.');
    if (!row.invited_at) throw new ConflictException({ message: 'There is no invitation to register yet.', code: QUESTION_NOT_INVITED });
    const check = await this.checks.servedCheck(row.postcode_check_id);
    if (!check)
      throw new ConflictException({ message: 'Do the postcode check on the start page to register.', code: QUESTION_NOT_INVITED });
    return this.checks.check(check.postcode);
  }

  /** The worker's organisation's questions, each read logged. */
  async queue(user: AuthUser, meta: RequestMeta): Promise<QueuedQuestion[]> {
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
      if (!row) throw new NotFoundException('There is no question with this id.');
      if (row.answered_at) throw new ConflictException({ message: 'This question has an answer already.', code: 'question_answered' });
      const now = this.clock.now();
      const answered = await this.repository.answer(id, { answer: input.answer.trim(), workerId: user.id, at: now }, db);
      if (row.notify_email) {
        const notice = NOTICE[row.lang];
        await this.mail.enqueue({ to: row.notify_email, subject: notice.subject, text: notice.text(this.config.publicUrl) }, db);
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
