import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import {
  connectSocket,
  createTestApp,
  FixedClock,
  makeOrganisation,
  MINUTE,
  TestAccount,
  TestApp,
  TestDatabase,
} from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { ASSERTIVENESS_COURSE, installCourse } from '@nabij/trainings/api';
import { VIDEO_NAMESPACE } from '@nabij/video/contracts';
import { io, type Socket } from 'socket.io-client';
import { VideoModule } from '../video.module';

/** The test app; it listens, and socket.io clients connect to its `url`. */
export type VideoTestApp = TestApp;

/**
 * The real app with identity, dossier, time and video, listening on a port for /video sockets.
 * `database` makes it a second API instance on another app's database (with REDIS_URL in `env`).
 */
export async function createVideoTestApp(env: Record<string, string> = {}, database?: TestDatabase): Promise<VideoTestApp> {
  const t = await createTestApp({
    imports: [IdentityModule, DossierModule, TimeModule, VideoModule],
    env,
    clock: new FixedClock('2026-03-02T13:55:00Z'),
    ...(database && { database }),
  });
  return t;
}

export interface VideoCase {
  organisationId: string;
  worker: TestAccount;
  client: TestAccount;
  caseId: string;
  /** A video appointment of the case at 14:00 (Amsterdam 15:00), 45 minutes. */
  appointmentId: string;
  startsAt: Date;
}

/** An organisation of its own with a worker, a client, their case and a video appointment, planned through the dossier. */
export async function makeVideoCase(
  t: TestApp,
  options: { startsAt?: Date; durationMinutes?: number; kind?: string; organisationId?: string; financierId?: string } = {},
): Promise<VideoCase> {
  const org = options.organisationId
    ? { organisationId: options.organisationId, financierId: options.financierId! }
    : await makeOrganisation(t);
  const worker = await makeWorker(t, { organisationId: org.organisationId });
  const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' });
  const c = await makeCase(t, { worker, clientId: client.id, financierId: org.financierId });
  const startsAt = options.startsAt ?? new Date(t.clock.now().getTime() + 5 * MINUTE);
  const res = await t
    .http()
    .post(`/api/dossier/cases/${c.id}/appointments`)
    .auth(worker.token, { type: 'bearer' })
    .send({ kind: options.kind ?? 'video', startsAt: startsAt.toISOString(), durationMinutes: options.durationMinutes ?? 45 });
  if (res.status !== 201) throw new Error(`planning the appointment failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { organisationId: org.organisationId, worker, client, caseId: c.id, appointmentId: res.body.id, startsAt };
}

/** A /video socket with a guest link's token instead of an access token. */
export function connectVideoGuest(t: { url: string }, guestToken: unknown): Promise<Socket> {
  const socket = io(`${t.url}${VIDEO_NAMESPACE}`, { auth: { guestToken }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** A socket.io client on /video; resolves once connected, rejects with the server's refusal. */
export function connectVideo(t: { url: string }, token: string | undefined): Promise<Socket> {
  return connectSocket(t.url, VIDEO_NAMESPACE, token);
}

export function emitAck<T = unknown>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(5000).emitWithAck(event, payload);
}

/** Resolves with the next `event` the socket receives that passes `match`. */
export function nextEvent<T = unknown>(
  socket: Socket,
  event: string,
  match: (data: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const handler = (data: T) => {
      if (!match(data)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(data);
    };
    socket.on(event, handler);
  });
}

/** Collects every `event` the socket receives from now on. */
export function collect<T = unknown>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (data: T) => seen.push(data));
  return seen;
}

/**
 * One app for the describe block (handed to `set`), its clock at 13:55 before each test (five
 * minutes before makeVideoCase's appointments), and every socket passed to the returned `track`
 * closed after its test.
 */
export function useVideoTestApp(set: (t: VideoTestApp) => void, env: Record<string, string> = {}): (s: Socket) => Socket {
  let app: VideoTestApp | undefined;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    app = await createVideoTestApp(env);
    set(app);
  });
  beforeEach(() => app?.clock.set('2026-03-02T13:55:00Z'));
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => app?.close());
  return (s) => (sockets.push(s), s);
}

/** Worker and client in the room, the client admitted: both in the call. */
export async function workerAndClientInCall(
  t: VideoTestApp,
  v: VideoCase,
  track: (s: Socket) => Socket,
): Promise<{ worker: Socket; client: Socket }> {
  const worker = track(await connectVideo(t, v.worker.token));
  const client = track(await connectVideo(t, v.client.token));
  await emitAck(worker, 'video:join', { appointmentId: v.appointmentId });
  await emitAck(client, 'video:join', { appointmentId: v.appointmentId });
  const admitted = nextEvent<{ you: string }>(client, 'video:room', (s) => s.you === 'in_call');
  const ack = await emitAck<{ ok: boolean }>(worker, 'video:admit', { appointmentId: v.appointmentId });
  if (!ack.ok) throw new Error(`admitting the client failed: ${JSON.stringify(ack)}`);
  await admitted;
  return { worker, client };
}

export interface VideoGroup {
  organisationId: string;
  cohortId: string;
  /** A session of place `video` at 14:00 for 60 minutes. */
  sessionId: string;
}

/**
 * A training group (cohort) of the assertiveness course with these trainers and active participants
 * (nicknames as given) and one session of `place` (video by default) at `startsAt`, written straight
 * into trainings' tables as the forum's fixtures do.
 */
export async function makeVideoGroup(
  t: TestApp,
  g: {
    organisationId: string;
    trainers: TestAccount[];
    participants: Array<{ account: TestAccount; nickname?: string }>;
    place?: 'video' | 'room' | 'online';
    startsAt?: Date;
    minutes?: number;
  },
): Promise<VideoGroup> {
  return t.dataSource.transaction(async (db) => {
    const now = t.clock.now();
    const trainerId = g.trainers[0].id;
    const course = await installCourse(db, ASSERTIVENESS_COURSE, { organisationId: g.organisationId, trainerId, now });
    const [cohort] = await db.query(
      `INSERT INTO training_cohort (organisation_id, training_id, title, starts_on, pacing, created_by, created_at)
       VALUES ($1, $2, 'Assertiviteit, videogroep', $3, 'own_pace', $4, $5) RETURNING id`,
      [g.organisationId, course.trainingId, now.toISOString().slice(0, 10), trainerId, now],
    );
    for (const trainer of g.trainers)
      await db.query(`INSERT INTO training_cohort_trainer (cohort_id, trainer_id) VALUES ($1, $2)`, [cohort.id, trainer.id]);
    for (const { account, nickname } of g.participants) {
      const [enrolment] = await db.query(
        `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at)
         VALUES ($1, $2, $3, 'online', ARRAY['Voor mezelf opkomen', 'Nee durven zeggen'], $4, $4) RETURNING id`,
        [course.trainingId, account.id, trainerId, now],
      );
      await db.query(
        `INSERT INTO training_cohort_member (cohort_id, client_id, status, enrolment_id, nickname, added_by, added_at)
         VALUES ($1, $2, 'active', $3, $4, $5, $6)`,
        [cohort.id, account.id, enrolment.id, nickname ?? null, trainerId, now],
      );
    }
    const place = g.place ?? 'video';
    const [session] = await db.query(
      `INSERT INTO training_group_session (cohort_id, starts_at, minutes, place, room, address, link, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        cohort.id,
        g.startsAt ?? new Date('2026-03-02T14:00:00Z'),
        g.minutes ?? 60,
        place,
        place === 'room' ? 'Zaal 2' : null,
        place === 'room' ? 'Breestraat 10, Leiden' : null,
        place === 'online' ? 'https://meet.example.nl/groep' : null,
        now,
      ],
    );
    return { organisationId: g.organisationId, cohortId: cohort.id, sessionId: session.id };
  });
}
