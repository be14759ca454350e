import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService, AccountsService } from '@nabij/identity/api';
import { GroupMessagesService } from '@nabij/messages/api';
import { AuditService, AuthUser, clientMail, Clock, JobsService, MailService, RequestMeta } from '@nabij/platform/api';
import { COHORT_CREATED, CohortCreated } from '@nabij/forum/contracts';
import { CONTACT_OCCURRED, ContactOccurred, dutchDate } from '@nabij/time/contracts';
import {
  COHORT_LIMITS,
  CohortParticipantProgress,
  CohortSummary,
  GroupMessageResult,
  GroupSessionView,
  ParticipantCohortView,
  SessionAttendanceView,
  TRAINING_LIMITS,
  TrainerCohortView,
} from '@nabij/trainings/contracts';
import { DataSource, EntityManager } from 'typeorm';
import {
  AddParticipantDto,
  AttendanceDto,
  CreateCohortDto,
  GroupMessageDto,
  GroupSessionDto,
  InviteParticipantDto,
  NicknameDto,
} from '../dto/cohort.dto';
import { CohortMemberEntity, GroupSessionEntity } from '../entities/cohort.entities';
import { EnrolmentEntity } from '../entities/participation.entities';
import { throwIfAny } from '../field-errors';
import { ParticipationRepository } from '../participation.repository';
import { progressFigures, ProgressService } from '../progress.service';
import { TrainingContentRepository } from '../training-content.repository';
import { CohortMembershipService } from './cohort-membership.service';
import { CohortRepository, CohortWithTitle } from './cohort.repository';

const NOT_FOUND = 'This group does not exist or you are not in it.';
/** Goals an enrolment through a group starts with when the course names none. */
const GROUP_GOALS = ['Meedoen met de groep', 'Oefenen met wat ik leer'];

/** What the group sees of a participant: the nickname, else the first name only, never the surname. */
export function displayNameOf(name: string | null, nickname: string | null): string {
  if (nickname) return nickname;
  const first = (name ?? '').trim().split(/\s+/)[0];
  return first || 'Deelnemer';
}

export function toSessionView(s: GroupSessionEntity, moduleTitles: Map<string, string>): GroupSessionView {
  return {
    id: s.id,
    cohortId: s.cohortId,
    startsAt: s.startsAt.toISOString(),
    endsAt: new Date(s.startsAt.getTime() + s.minutes * 60_000).toISOString(),
    minutes: s.minutes,
    place: s.place,
    room: s.room,
    address: s.address,
    link: s.link,
    moduleId: s.moduleId,
    moduleTitle: s.moduleId ? (moduleTitles.get(s.moduleId) ?? null) : null,
    heldAt: s.heldAt?.toISOString() ?? null,
  };
}

/**
 * Group trainings: a trainer makes a cohort of a guided course, enrols clients of their caseload
 * (or invites a registered client, who accepts), plans group sessions, takes attendance and writes
 * to the whole group. A participant sees the sessions and the others' first names or nicknames.
 * Strangers (another cohort's participant, another organisation) get the same 404 as for an
 * unknown id. Team leads see only the report's numbers (CohortReportService).
 */
@Injectable()
export class CohortsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cohorts: CohortRepository,
    private readonly membership: CohortMembershipService,
    private readonly content: TrainingContentRepository,
    private readonly participation: ParticipationRepository,
    private readonly progress: ProgressService,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
    private readonly identity: AccountsService,
    private readonly groupMessages: GroupMessagesService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  // The trainer's side

  async create(user: AuthUser, dto: CreateCohortDto, meta: RequestMeta): Promise<TrainerCohortView> {
    const me = await this.accounts.memberOf(user.organisationId, user.id, ['worker']);
    if (!me?.canTrain) throw new NotFoundException({ message: 'Only trainers can make a group.', code: 'trainings.trainers_make_group' });
    const training = await this.content.trainingOfOrganisation(dto.trainingId, user.organisationId, { publishedOnly: true });
    const errors: Record<string, string[]> = {};
    if (!training) errors['trainingId'] = ['choose a published course of your organisation'];
    else if (training.kind !== 'guided') errors['trainingId'] = ['a group follows a course with a trainer, not a self-help course'];
    const coTrainers = [...new Set((dto.coTrainerIds ?? []).filter((id) => id !== user.id))];
    for (const id of coTrainers) {
      if (!(await this.accounts.memberOf(user.organisationId, id, ['worker']))?.canTrain)
        (errors['coTrainerIds'] ??= []).push('each co-trainer must be a worker of your organisation who may train');
    }
    throwIfAny(errors);
    const cohort = await this.dataSource.transaction(async (db) => {
      const saved = await this.cohorts.createCohort(
        db,
        {
          organisationId: user.organisationId as string,
          trainingId: dto.trainingId,
          title: dto.title,
          startsOn: dto.startsOn,
          pacing: dto.pacing,
          createdBy: user.id,
          createdAt: this.clock.now(),
        },
        [user.id, ...coTrainers],
      );
      await this.audit.record({ actor: user, action: 'create', resourceType: 'training_cohort', resourceId: saved.id, ...meta }, db);
      // The group's closed forum (the forum handles the event), sent only if the group is committed.
      const created: CohortCreated = {
        cohortId: saved.id,
        organisationId: saved.organisationId,
        title: saved.title,
        createdAt: saved.createdAt.toISOString(),
      };
      await this.jobs.send(COHORT_CREATED, created, { manager: db });
      return saved;
    });
    return this.trainerView(user, cohort.id, meta);
  }

  /** The cohorts I train or take part in (invited ones too, so a client can accept). */
  async mine(user: AuthUser): Promise<CohortSummary[]> {
    if (!user.organisationId) return [];
    const rows = await this.cohorts.membershipsOf(user.id, user.organisationId);
    const cohorts = new Map((await this.cohorts.cohortsByIds(rows.map((r) => r.cohortId))).map((c) => [c.id, c]));
    const ids = [...cohorts.keys()];
    const [members, sessions] = await Promise.all([this.cohorts.members(ids), this.cohorts.sessions(ids)]);
    const titles = await this.moduleTitles([...new Set([...cohorts.values()].map((c) => c.trainingId))]);
    const now = this.clock.now().getTime();
    return rows.flatMap((r) => {
      const c = cohorts.get(r.cohortId);
      if (!c) return [];
      const next = sessions.find((s) => s.cohortId === c.id && s.startsAt.getTime() + s.minutes * 60_000 > now);
      const ofCohort = members.filter((m) => m.cohortId === c.id);
      return [
        {
          ...this.summary(c, r.role, ofCohort),
          myStatus: r.status,
          // An invitation shows the course and start; the sessions come after accepting.
          nextSession: next && r.status !== 'invited' ? toSessionView(next, titles) : null,
        },
      ];
    });
  }

  /** The trainer's view: participants with their progress, sessions and attendance (each participant's read logged). */
  async trainerView(user: AuthUser, cohortId: string, meta: RequestMeta): Promise<TrainerCohortView> {
    await this.membership.require(user, cohortId, ['trainer']);
    const cohort = await this.cohortOrFail(cohortId, user.organisationId);
    const [members, sessions, trainerIds, structure] = await Promise.all([
      this.cohorts.members([cohortId]),
      this.cohorts.sessions([cohortId]),
      this.cohorts.trainerIds([cohortId]),
      this.content.structure(cohort.trainingId),
    ]);
    const attendance = await this.cohorts.attendance(sessions.map((s) => s.id));
    const trainers = trainerIds.get(cohortId) ?? [];
    const names = await this.accounts.namesByIds([...members.map((m) => m.clientId), ...trainers]);
    const held = sessions.filter((s) => s.heldAt).map((s) => s.id);
    const participants: CohortParticipantProgress[] = [];
    for (const m of members) {
      const name = names.get(m.clientId) ?? null;
      const attended = attendance.filter((a) => a.clientId === m.clientId && a.present && held.includes(a.sessionId)).length;
      participants.push({
        clientId: m.clientId,
        name,
        displayName: displayNameOf(name, m.nickname),
        status: m.status,
        enrolmentId: m.enrolmentId,
        ...(await this.progressOf(m)),
        sessionsAttended: attended,
      });
    }
    for (const m of members) {
      await this.audit.record({
        actor: user,
        action: 'read',
        resourceType: 'training_cohort',
        resourceId: cohortId,
        clientId: m.clientId,
        reason: 'group progress',
        ...meta,
      });
    }
    const titles = new Map(structure.map((m) => [m.id, m.title]));
    const activeIds = members.filter((m) => m.status === 'active').map((m) => m.clientId);
    return {
      ...this.summary(cohort, 'trainer', members),
      role: 'trainer',
      myStatus: null,
      nextSession: this.next(sessions, titles),
      trainers: trainers.map((id) => ({ id, name: names.get(id) ?? null })),
      participants,
      sessions: sessions.map((s) => toSessionView(s, titles)),
      attendance: sessions
        .filter((s) => s.heldAt)
        .map((s): SessionAttendanceView => {
          const present = attendance.filter((a) => a.sessionId === s.id && a.present).map((a) => a.clientId);
          return { sessionId: s.id, present, absent: activeIds.filter((id) => !present.includes(id)) };
        }),
      modules: structure.map((m) => ({ id: m.id, position: m.position, title: m.title })),
    };
  }

  /** Enrols a client of my caseload (an open case assigned to me) in the course and the group. */
  async addParticipant(user: AuthUser, cohortId: string, dto: AddParticipantDto, meta: RequestMeta): Promise<TrainerCohortView> {
    await this.membership.require(user, cohortId, ['trainer']);
    const ownCase = await this.cases.newestOpenCaseIn(dto.clientId, user.organisationId, user.id);
    if (!ownCase) throw new NotFoundException({ message: 'This client is not in your caseload.', code: 'trainings.client_not_caseload' });
    await this.dataSource.transaction(async (db) => {
      const cohort = await this.lockWithRoom(db, cohortId, user.organisationId, dto.clientId);
      const enrolment = await this.enrolmentFor(db, user, cohort, dto.clientId, ownCase.id);
      await this.cohorts.saveMember(db, {
        cohortId,
        clientId: dto.clientId,
        status: 'active',
        enrolmentId: enrolment.id,
        nickname: null,
        addedBy: user.id,
        addedAt: this.clock.now(),
      });
      await this.audit.record(
        {
          actor: user,
          action: 'create',
          resourceType: 'training_cohort_member',
          resourceId: cohortId,
          clientId: dto.clientId,
          onBehalfOf: dto.clientId,
          ...meta,
        },
        db,
      );
    });
    return this.trainerView(user, cohortId, meta);
  }

  /** Invites a registered client of the organisation by e-mail; they accept in Training. The mail names no one. */
  async invite(user: AuthUser, cohortId: string, dto: InviteParticipantDto, meta: RequestMeta): Promise<TrainerCohortView> {
    await this.membership.require(user, cohortId, ['trainer']);
    const account = await this.identity.findByEmail(dto.email.toLowerCase());
    const client = account && (await this.accounts.memberOf(user.organisationId, account.id, ['client']));
    if (!client || client.deactivated) {
      throw new BadRequestException({
        message: 'Check these fields: email',
        fields: { email: ['no registered client of your organisation has this e-mail address'] },
      });
    }
    await this.dataSource.transaction(async (db) => {
      await this.lockWithRoom(db, cohortId, user.organisationId, client.id);
      await this.cohorts.saveMember(db, {
        cohortId,
        clientId: client.id,
        status: 'invited',
        enrolmentId: null,
        nickname: null,
        addedBy: user.id,
        addedAt: this.clock.now(),
      });
      await this.audit.record(
        {
          actor: user,
          action: 'create',
          resourceType: 'training_cohort_member',
          resourceId: cohortId,
          clientId: client.id,
          reason: 'invited',
          ...meta,
        },
        db,
      );
    });
    // In the client's language (Dutch below); the mail names no course, group or trainer.
    await this.mail.send(
      clientMail(account.email, account.language, {
        nl: {
          subject: 'Je bent uitgenodigd voor een groepstraining',
          lines: [
            'Hallo,',
            '',
            'Een trainer nodigt je uit om mee te doen met een groepstraining.',
            'Log in bij Nabij en open Training om te kijken of je mee wilt doen.',
            '',
            'Groet,',
            'Nabij',
          ],
        },
        en: {
          subject: 'You are invited to a group training',
          lines: [
            'Hello,',
            '',
            'A trainer invites you to join a group training.',
            'Log in to Nabij and open Training to see if you want to join.',
            '',
            'Regards,',
            'Nabij',
          ],
        },
        ar: {
          subject: 'أنت مدعو إلى تدريب جماعي',
          lines: [
            'مرحبًا،',
            '',
            'يدعوك مدرب إلى المشاركة في تدريب جماعي.',
            'سجّل الدخول إلى Nabij وافتح التدريب لترى إن كنت تريد المشاركة.',
            '',
            'مع التحية،',
            'Nabij',
          ],
        },
        tr: {
          subject: 'Bir grup eğitimine davet edildin',
          lines: [
            'Merhaba,',
            '',
            'Bir eğitmen seni bir grup eğitimine katılmaya davet ediyor.',
            "Katılmak isteyip istemediğine bakmak için Nabij'e giriş yap ve Eğitim'i aç.",
            '',
            'Selamlar,',
            'Nabij',
          ],
        },
        pl: {
          subject: 'Zaproszenie na trening grupowy',
          lines: [
            'Cześć,',
            '',
            'Trener zaprasza cię do udziału w treningu grupowym.',
            'Zaloguj się do Nabij i otwórz Trening, aby zobaczyć, czy chcesz dołączyć.',
            '',
            'Pozdrawiamy,',
            'Nabij',
          ],
        },
      }),
    );
    return this.trainerView(user, cohortId, meta);
  }

  async addSession(user: AuthUser, cohortId: string, dto: GroupSessionDto, meta: RequestMeta): Promise<GroupSessionView> {
    await this.membership.require(user, cohortId, ['trainer']);
    const cohort = await this.cohortOrFail(cohortId, user.organisationId);
    const titles = await this.sessionModuleTitles(cohort.trainingId, dto);
    const session = await this.dataSource.transaction(async (db) => {
      const saved = await this.cohorts.createSession(db, { cohortId, ...sessionFields(dto), heldAt: null, createdAt: this.clock.now() });
      await this.audit.record({ actor: user, action: 'create', resourceType: 'training_group_session', resourceId: saved.id, ...meta }, db);
      return saved;
    });
    return toSessionView(session, titles);
  }

  /**
   * Moves a meeting or changes its place, length or module, until it is held: after that attendance
   * and the registered group time refer to it as it was.
   */
  async updateSession(
    user: AuthUser,
    cohortId: string,
    sessionId: string,
    dto: GroupSessionDto,
    meta: RequestMeta,
  ): Promise<GroupSessionView> {
    await this.membership.require(user, cohortId, ['trainer']);
    const cohort = await this.cohortOrFail(cohortId, user.organisationId);
    const titles = await this.sessionModuleTitles(cohort.trainingId, dto);
    const session = await this.dataSource.transaction(async (db) => {
      const current = await this.cohorts.session(cohortId, sessionId, db, true);
      if (!current)
        throw new NotFoundException({ message: 'This session does not exist in this group.', code: 'trainings.session_not_exist' });
      if (current.heldAt)
        throw new ConflictException({
          message: 'This session was held; it stays as it was in the group and in the figures.',
          code: 'trainings.session_held_stays',
        });
      const fields = sessionFields(dto);
      await this.cohorts.updateSession(db, sessionId, fields);
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'training_group_session', resourceId: sessionId, ...meta },
        db,
      );
      return { before: current, after: { ...current, ...fields } };
    });
    if (sessionMoved(session.before, session.after)) await this.tellParticipantsOfChange(cohortId);
    return toSessionView(session.after, titles);
  }

  /** A content-free mail to each participant in their language: no course, date or place in it, Nabij shows them. */
  private async tellParticipantsOfChange(cohortId: string): Promise<void> {
    const members = await this.cohorts.members([cohortId]);
    const targets = await this.accounts.mailTargetsByIds(members.filter((m) => m.status === 'active').map((m) => m.clientId));
    for (const { email, language } of targets.values()) {
      await this.mail.send(
        clientMail(email, language, {
          nl: {
            subject: 'Er is iets veranderd aan je groepstraining',
            lines: [
              'Hallo,',
              '',
              'Een bijeenkomst van je groepstraining is veranderd: een andere dag, tijd of plek.',
              'Log in bij Nabij en open Training om te zien wanneer en waar.',
              '',
              'Groet,',
              'Nabij',
            ],
          },
          en: {
            subject: 'Something changed in your group training',
            lines: [
              'Hello,',
              '',
              'A meeting of your group training has changed: another day, time or place.',
              'Log in to Nabij and open Training to see when and where.',
              '',
              'Regards,',
              'Nabij',
            ],
          },
          ar: {
            subject: 'حدث تغيير في تدريبك الجماعي',
            lines: [
              'مرحبًا،',
              '',
              'تغيّر لقاء من لقاءات تدريبك الجماعي: يوم أو وقت أو مكان آخر.',
              'سجّل الدخول إلى Nabij وافتح التدريب لترى متى وأين.',
              '',
              'مع التحية،',
              'Nabij',
            ],
          },
          tr: {
            subject: 'Grup eğitiminde bir değişiklik var',
            lines: [
              'Merhaba,',
              '',
              'Grup eğitiminin bir buluşması değişti: başka bir gün, saat ya da yer.',
              "Ne zaman ve nerede olduğunu görmek için Nabij'e giriş yap ve Eğitim'i aç.",
              '',
              'Selamlar,',
              'Nabij',
            ],
          },
          pl: {
            subject: 'Zmiana w twoim treningu grupowym',
            lines: [
              'Cześć,',
              '',
              'Jedno spotkanie twojego treningu grupowego się zmieniło: inny dzień, godzina albo miejsce.',
              'Zaloguj się do Nabij i otwórz Trening, aby zobaczyć kiedy i gdzie.',
              '',
              'Pozdrawiamy,',
              'Nabij',
            ],
          },
        }),
      );
    }
  }

  /** The course's module titles by id; 400 when the session names a module of another course. */
  private async sessionModuleTitles(trainingId: string, dto: GroupSessionDto): Promise<Map<string, string>> {
    const structure = await this.content.structure(trainingId);
    if (dto.moduleId && !structure.some((m) => m.id === dto.moduleId)) {
      throw new BadRequestException({ message: 'Check these fields: moduleId', fields: { moduleId: ['choose a module of this course'] } });
    }
    return new Map(structure.map((m) => [m.id, m.title]));
  }

  /** A meeting that has not been held can be cancelled; a held one stays (attendance and time refer to it). */
  async cancelSession(user: AuthUser, cohortId: string, sessionId: string, meta: RequestMeta): Promise<void> {
    await this.membership.require(user, cohortId, ['trainer']);
    await this.dataSource.transaction(async (db) => {
      await this.cohortOrFail(cohortId, user.organisationId, db);
      const session = await this.cohorts.session(cohortId, sessionId, db, true);
      if (!session)
        throw new NotFoundException({ message: 'This session does not exist in this group.', code: 'trainings.session_not_exist' });
      if (session.heldAt)
        throw new ConflictException({
          message: 'This session was held; it stays in the group and in the figures.',
          code: 'trainings.session_held_stays',
        });
      await this.cohorts.deleteSession(db, sessionId);
      await this.audit.record(
        { actor: user, action: 'delete', resourceType: 'training_group_session', resourceId: sessionId, ...meta },
        db,
      );
    });
  }

  /** Takes a participant (or an invitation) out of the group; the client keeps their enrolment and work. */
  async removeParticipant(user: AuthUser, cohortId: string, clientId: string, meta: RequestMeta): Promise<TrainerCohortView> {
    await this.membership.require(user, cohortId, ['trainer']);
    await this.dataSource.transaction(async (db) => {
      await this.cohorts.cohort(cohortId, user.organisationId, db, true);
      if (!(await this.cohorts.member(cohortId, clientId, db)))
        throw new NotFoundException({ message: 'This client is not in this group.', code: 'trainings.client_not_group' });
      await this.cohorts.deleteMember(db, cohortId, clientId);
      await this.audit.record(
        { actor: user, action: 'delete', resourceType: 'training_cohort_member', resourceId: cohortId, clientId, ...meta },
        db,
      );
    });
    return this.trainerView(user, cohortId, meta);
  }

  /**
   * Who was there. Taking attendance marks the session held, and each trainer's group time is
   * prefilled once as non-client time (`group_training`, the session's minutes): a group is not one
   * client's case, and splitting minutes over who came would spread a trainer's hour over cases
   * whose workers never saw it. Taking it again corrects the marks, not the time.
   */
  async takeAttendance(
    user: AuthUser,
    cohortId: string,
    sessionId: string,
    dto: AttendanceDto,
    meta: RequestMeta,
  ): Promise<SessionAttendanceView> {
    await this.membership.require(user, cohortId, ['trainer']);
    return this.dataSource.transaction(async (db) => {
      const cohort = await this.cohortOrFail(cohortId, user.organisationId, db);
      const session = await this.cohorts.session(cohortId, sessionId, db, true);
      if (!session)
        throw new NotFoundException({ message: 'This session does not exist in this group.', code: 'trainings.session_not_exist' });
      const now = this.clock.now();
      if (session.startsAt.getTime() > now.getTime())
        throw new ConflictException({
          message: 'Attendance can be taken once the session has started.',
          code: 'trainings.attendance_taken_once',
        });
      const active = (await this.cohorts.members([cohortId], db)).filter((m) => m.status === 'active').map((m) => m.clientId);
      const present = [...new Set(dto.present)];
      const strangers = present.filter((id) => !active.includes(id));
      if (strangers.length) {
        throw new BadRequestException({
          message: 'Check these fields: present',
          fields: { present: ['only participants of this group can be present'] },
        });
      }
      await this.cohorts.replaceAttendance(
        db,
        sessionId,
        active.map((clientId) => ({ sessionId, clientId, present: present.includes(clientId), recordedBy: user.id, recordedAt: now })),
      );
      const firstTime = !session.heldAt;
      await this.cohorts.markHeld(db, sessionId, now);
      if (firstTime) {
        for (const trainerId of (await this.cohorts.trainerIds([cohortId], db)).get(cohortId) ?? []) {
          const contact: ContactOccurred = {
            source: 'group_session',
            sourceId: await this.cohorts.groupContact(db, sessionId, trainerId),
            workerId: trainerId,
            caseId: null,
            organisationId: cohort.organisationId,
            contactType: 'group_training',
            minutes: session.minutes,
            occurredOn: dutchDate(session.startsAt),
          };
          await this.jobs.send(CONTACT_OCCURRED, contact, { manager: db });
        }
      }
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'training_group_session', resourceId: sessionId, reason: 'attendance', ...meta },
        db,
      );
      return { sessionId, present, absent: active.filter((id) => !present.includes(id)) };
    });
  }

  /** One copy in each participant's own messages; a reply stays between that participant and whoever answers their thread. */
  async messageGroup(user: AuthUser, cohortId: string, dto: GroupMessageDto, meta: RequestMeta): Promise<GroupMessageResult> {
    await this.membership.require(user, cohortId, ['trainer']);
    const cohort = await this.cohortOrFail(cohortId, user.organisationId);
    const active = (await this.cohorts.members([cohortId])).filter((m) => m.status === 'active');
    if (!active.length)
      throw new ConflictException({ message: 'This group has no participants yet.', code: 'trainings.group_no_participants' });
    const body = `Bericht aan de groep ${cohort.title}:\n\n${dto.body}`;
    const sent = await this.groupMessages.sendToClients(
      user,
      dto.id,
      active.map((m) => ({ clientId: m.clientId, organisationId: cohort.organisationId })),
      body,
      meta,
    );
    return { sent };
  }

  // The participant's side

  async participantView(user: AuthUser, cohortId: string): Promise<ParticipantCohortView> {
    await this.membership.require(user, cohortId, ['participant']);
    const cohort = await this.cohortOrFail(cohortId, user.organisationId);
    const [members, sessions, trainerIds, structure] = await Promise.all([
      this.cohorts.members([cohortId]),
      this.cohorts.sessions([cohortId]),
      this.cohorts.trainerIds([cohortId]),
      this.content.structure(cohort.trainingId),
    ]);
    const active = members.filter((m) => m.status === 'active');
    const trainers = trainerIds.get(cohortId) ?? [];
    const names = await this.accounts.namesByIds([...active.map((m) => m.clientId), ...trainers]);
    const titles = new Map(structure.map((m) => [m.id, m.title]));
    const me = active.find((m) => m.clientId === user.id) as CohortMemberEntity;
    return {
      ...this.summary(cohort, 'participant', members),
      role: 'participant',
      myStatus: 'active',
      nextSession: this.next(sessions, titles),
      // Staff are named as staff are everywhere; the other participants by first name or nickname only.
      trainers: trainers.map((id) => names.get(id) ?? 'Trainer'),
      members: active.map((m) => ({ displayName: displayNameOf(names.get(m.clientId) ?? null, m.nickname), isMe: m.clientId === user.id })),
      sessions: sessions.map((s) => toSessionView(s, titles)),
      myNickname: me.nickname,
      myEnrolmentId: me.enrolmentId,
    };
  }

  /** The invited client joins: enrolled in the course (bound to their open case, if any) and in the group. */
  async accept(user: AuthUser, cohortId: string, meta: RequestMeta): Promise<ParticipantCohortView> {
    await this.dataSource.transaction(async (db) => {
      const cohort = await this.cohorts.cohort(cohortId, user.organisationId, db, true);
      const member = cohort && (await this.cohorts.member(cohortId, user.id, db));
      if (!cohort || !member) throw new NotFoundException({ message: NOT_FOUND, code: 'trainings.group_not_exist' });
      if (member.status === 'active') return;
      const active = (await this.cohorts.members([cohortId], db)).filter((m) => m.status === 'active').length;
      if (active >= COHORT_LIMITS.maxParticipants)
        throw new ConflictException({ message: 'This group is full; ask your trainer.', code: 'trainings.group_full' });
      const ownCase = await this.cases.newestOpenCaseIn(user.id, user.organisationId);
      const enrolment = await this.enrolmentFor(db, user, cohort, user.id, ownCase?.id ?? null);
      await this.cohorts.saveMember(db, { ...member, status: 'active', enrolmentId: enrolment.id });
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'training_cohort_member',
          resourceId: cohortId,
          clientId: user.id,
          reason: 'accepted',
          ...meta,
        },
        db,
      );
    });
    return this.participantView(user, cohortId);
  }

  async setNickname(user: AuthUser, cohortId: string, dto: NicknameDto): Promise<ParticipantCohortView> {
    await this.membership.require(user, cohortId, ['participant']);
    const member = await this.cohorts.member(cohortId, user.id);
    if (!member) throw new NotFoundException({ message: NOT_FOUND, code: 'trainings.group_not_exist' });
    await this.cohorts.saveMember(this.dataSource.manager, { ...member, nickname: dto.nickname });
    return this.participantView(user, cohortId);
  }

  /** Sessions of a group I train or take part in (anyone else: 404). */
  async sessions(user: AuthUser, cohortId: string): Promise<{ cohort: CohortWithTitle; sessions: GroupSessionView[] }> {
    await this.membership.require(user, cohortId);
    const cohort = await this.cohortOrFail(cohortId, user.organisationId);
    const structure = await this.content.structure(cohort.trainingId);
    const titles = new Map(structure.map((m) => [m.id, m.title]));
    return { cohort, sessions: (await this.cohorts.sessions([cohortId])).map((s) => toSessionView(s, titles)) };
  }

  // Helpers

  private summary(
    c: CohortWithTitle,
    role: 'trainer' | 'participant',
    members: CohortMemberEntity[],
  ): Omit<CohortSummary, 'myStatus' | 'nextSession'> {
    return {
      id: c.id,
      trainingId: c.trainingId,
      trainingTitle: c.trainingTitle,
      title: c.title,
      startsOn: c.startsOn,
      pacing: c.pacing,
      role,
      participantCount: members.filter((m) => m.status === 'active').length,
      invitedCount: role === 'trainer' ? members.filter((m) => m.status === 'invited').length : 0,
    };
  }

  private next(sessions: GroupSessionEntity[], titles: Map<string, string>): GroupSessionView | null {
    const now = this.clock.now().getTime();
    const next = sessions.find((s) => s.startsAt.getTime() + s.minutes * 60_000 > now);
    return next ? toSessionView(next, titles) : null;
  }

  private async moduleTitles(trainingIds: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of trainingIds) for (const m of await this.content.structure(id)) out.set(m.id, m.title);
    return out;
  }

  private async cohortOrFail(cohortId: string, organisationId: string | null, db?: EntityManager): Promise<CohortWithTitle> {
    const cohort = await this.cohorts.cohort(cohortId, organisationId, db);
    if (!cohort) throw new NotFoundException({ message: NOT_FOUND, code: 'trainings.group_not_exist' });
    return cohort;
  }

  /** Locks the cohort; 409 when the client is in it already or it has 12 participants (invited ones hold a place). */
  private async lockWithRoom(
    db: EntityManager,
    cohortId: string,
    organisationId: string | null,
    clientId: string,
  ): Promise<CohortWithTitle> {
    const cohort = await this.cohorts.cohort(cohortId, organisationId, db, true);
    if (!cohort) throw new NotFoundException({ message: NOT_FOUND, code: 'trainings.group_not_exist' });
    const members = await this.cohorts.members([cohortId], db);
    if (members.some((m) => m.clientId === clientId))
      throw new ConflictException({ message: 'This client is already in this group.', code: 'trainings.client_already_group' });
    if (members.length >= COHORT_LIMITS.maxParticipants)
      throw new ConflictException(`A group has at most ${COHORT_LIMITS.maxParticipants} participants.`);
    return cohort;
  }

  /** The client's enrolment in the group's course: the one they have, else a new blended one. */
  private async enrolmentFor(
    db: EntityManager,
    user: AuthUser,
    cohort: CohortWithTitle,
    clientId: string,
    caseId: string | null,
  ): Promise<EnrolmentEntity> {
    const existing = await this.participation.findEnrolmentOf(cohort.trainingId, clientId, db);
    if (existing) return existing;
    const training = await this.content.training(cohort.trainingId, db);
    const examples = training.goalExamples.filter((g) => g.length >= TRAINING_LIMITS.goalMin).slice(0, TRAINING_LIMITS.goalsMax);
    const now = this.clock.now();
    const enrolment = await this.participation.createEnrolment(db, {
      trainingId: cohort.trainingId,
      clientId,
      caseId,
      enrolledBy: user.id,
      mode: 'blended',
      goals: examples.length >= TRAINING_LIMITS.goalsMin ? examples : GROUP_GOALS,
      startedAt: now,
      lastActivityAt: now,
      remindersEnabled: false,
      reminderFrequency: 'weekly',
      remindersEnabledAt: null,
      lastRemindedAt: null,
    });
    await this.audit.record(
      {
        actor: user,
        action: 'create',
        resourceType: 'training_enrolment',
        resourceId: enrolment.id,
        clientId,
        onBehalfOf: user.id === clientId ? null : clientId,
        reason: 'group training',
      },
      db,
    );
    return enrolment;
  }

  private async progressOf(
    m: CohortMemberEntity,
  ): Promise<
    Pick<CohortParticipantProgress, 'modulesDone' | 'modulesTotal' | 'homeworkWaiting' | 'lastActivityAt' | 'stalled' | 'stallReasons'>
  > {
    if (!m.enrolmentId)
      return { modulesDone: 0, modulesTotal: 0, homeworkWaiting: 0, lastActivityAt: null, stalled: false, stallReasons: [] };
    const enrolment = await this.participation.enrolment(m.enrolmentId);
    const f = progressFigures(await this.progress.snapshot(enrolment), enrolment.lastActivityAt, this.clock.now());
    return {
      modulesDone: f.modulesDone,
      modulesTotal: f.modulesTotal,
      homeworkWaiting: f.waitingForFeedback,
      lastActivityAt: enrolment.lastActivityAt.toISOString(),
      stalled: f.stallReasons.length > 0,
      stallReasons: f.stallReasons,
    };
  }
}

/** What a session request sets: only the place's own details (a room's address, an online link). */
function sessionFields(
  dto: GroupSessionDto,
): Pick<GroupSessionEntity, 'startsAt' | 'minutes' | 'place' | 'room' | 'address' | 'link' | 'moduleId'> {
  return {
    startsAt: new Date(dto.startsAt),
    minutes: dto.minutes,
    place: dto.place,
    room: dto.place === 'room' ? (dto.room ?? null) : null,
    address: dto.place === 'room' ? (dto.address ?? null) : null,
    link: dto.place === 'online' ? (dto.link ?? null) : null,
    moduleId: dto.moduleId ?? null,
  };
}

/** The participants need to know when the day, time or place changes (not for a new module or length alone). */
function sessionMoved(before: GroupSessionEntity, after: GroupSessionEntity): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.place !== after.place ||
    before.room !== after.room ||
    before.address !== after.address ||
    before.link !== after.link
  );
}
