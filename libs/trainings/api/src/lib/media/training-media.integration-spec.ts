import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'supertest';
import { TrainingsModule } from '../../index';
import { makeTrainingsWorld, TrainingsWorld } from '../testing/trainings-world';

/** A small MP4 as far as sniffing goes: an ftyp box, then bytes that count 0..255 so a range is recognisable. */
const film = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypmp42'), 0, 0, 0, 0, ...Buffer.from('mp42isom')]),
  Buffer.from(Array.from({ length: 4000 }, (_, i) => i % 256)),
]);
const vtt = Buffer.from('WEBVTT\n\n00:00.000 --> 00:03.000\nVerteller: Dit is Sanne.\n');
/** Stored files (the uploads' temporary folder aside). */
const stored = (dir: string) => readdirSync(dir).filter((name) => name !== '.incoming');
/** Uploads still in the temporary folder: none once their request has ended, whatever its answer. */
const incoming = (dir: string) => (existsSync(join(dir, '.incoming')) ? readdirSync(join(dir, '.incoming')) : []);
const bytes = (req: Test) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });

describe('training videos: upload, captions and streaming with range requests', () => {
  let t: TestApp;
  let w: TrainingsWorld;
  let dir: string;
  let videoStep: string;
  const token: Record<string, string> = {};
  const auth = (who: string) => ({ Authorization: `Bearer ${token[who]}` });
  const upload = (who: string, stepId: string, what: 'video' | 'captions', data: Buffer, name: string) =>
    t.http().post(`/api/training-steps/${stepId}/${what}`).set(auth(who)).attach('file', data, name);
  /** Uploads the film (once) and enrols Sanne (once); returns the addresses her module view gives. */
  let sources: Promise<{ videoUrl: string; captionsUrl: string; mediaId: string }> | null = null;
  const ready = () =>
    (sources ??= (async () => {
      await upload('worker', videoStep, 'video', film, 'drie-keer-de-buurman.mp4').expect(201);
      await upload('worker', videoStep, 'captions', vtt, 'buurman.vtt').expect(201);
      const enrolment = await t
        .http()
        .post(`/api/trainings/${w.course.trainingId}/enrolments`)
        .set(auth('worker'))
        .send({ mode: 'online', goals: ['Grenzen aangeven', 'Nee zeggen'], clientId: w.ids.client })
        .expect(201);
      const module = await t
        .http()
        .get(`/api/training-enrolments/${enrolment.body.id}/modules/${w.course.modules[0].id}`)
        .set(auth('client'))
        .expect(200);
      const step = module.body.steps.find((s: { id: string }) => s.id === videoStep);
      const mediaId = /training-media\/([0-9a-f-]+)\?/.exec(step.media.videoUrl)![1];
      return { ...step.media, mediaId };
    })());

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nabij-training-media-'));
    t = await createTestApp({
      env: { DOCUMENTS_DIR: dir, TRAINING_VIDEO_MAX_MB: '1' },
      imports: [IdentityModule, DossierModule, TrainingsModule],
    });
    w = await makeTrainingsWorld(t);
    for (const [who, account] of Object.entries(w.accounts)) token[who] = account.token;
    const other = await makeOrganisation(t, { name: 'Ander MW' });
    token['foreignAdmin'] = (await makeAdmin(t, { organisationId: other.organisationId, teamId: other.teamId })).token;
    token['foreignClient'] = (await makeClient(t, { organisationId: other.organisationId, financierId: other.financierId })).token;
    // The course's step 2 of module 1 is the video "drie keer de buurman"; Sanne is in the trainer's caseload.
    videoStep = w.course.modules[0].stepIds[1];
    await makeCase(t, { worker: w.accounts.worker, clientId: w.ids.client, kindOfWork: 'hulp_online', openedOn: '2026-02-01' });
  }, 120_000);
  afterAll(() => t.close());

  it('lets the trainer upload the film and captions; the step then names its film', async () => {
    const { mediaId } = await ready();
    const content = (await t.http().get(`/api/trainings/${w.course.trainingId}/content`).set(auth('worker')).expect(200)).body;
    const step = content.modules[0].steps[1];
    expect(step.content.fileRef).toBe(mediaId);
    // The film went to disk, not memory, and from the temporary folder into the store.
    expect(incoming(dir)).toEqual([]);
    expect(step.media.video).toMatchObject({ fileName: 'drie-keer-de-buurman.mp4', contentType: 'video/mp4', sizeBytes: film.length });
    expect(step.media.captions).toMatchObject({ fileName: 'buurman.vtt', contentType: 'text/vtt' });
  });

  it('refuses a file that is no MP4/WebM, captions that are no WebVTT and a film over the limit, with a 400 on file and nothing stored', async () => {
    const before = stored(dir).length;
    const fake = await upload('worker', videoStep, 'video', Buffer.from('%PDF-1.7 not a film at all'), 'film.mp4');
    expect(fake.status).toBe(400);
    expect(fake.body.fieldCodes).toEqual({ file: 'file.type' });
    const srt = await upload('worker', videoStep, 'captions', Buffer.from('1\n00:00:00,000 --> 00:00:02,000\nHoi\n'), 'ondertiteling.vtt');
    expect(srt.status).toBe(400);
    expect(srt.body.fieldCodes).toEqual({ file: 'file.type' });
    const big = await upload('worker', videoStep, 'video', Buffer.concat([film, Buffer.alloc(1024 * 1024)]), 'lang.mp4');
    expect(big.status).toBe(400);
    expect(big.body.fieldCodes).toEqual({ file: 'file.too_large' });
    const none = await t.http().post(`/api/training-steps/${videoStep}/video`).set(auth('worker'));
    expect(none.status).toBe(400);
    expect(Object.keys(none.body.fields)).toEqual(['file']);
    expect(stored(dir).length).toBe(before);
    expect(incoming(dir)).toEqual([]);
  });

  it('lets only those who edit the training upload: another worker and a foreign admin 404, a client and a team lead 403', async () => {
    expect((await upload('otherWorker', videoStep, 'video', film, 'film.mp4')).status).toBe(404);
    expect((await upload('foreignAdmin', videoStep, 'video', film, 'film.mp4')).status).toBe(404);
    expect((await upload('client', videoStep, 'video', film, 'film.mp4')).status).toBe(403);
    expect((await upload('teamLead', videoStep, 'video', film, 'film.mp4')).status).toBe(403);
    const textStep = w.course.modules[0].stepIds[0];
    expect((await upload('worker', textStep, 'video', film, 'film.mp4')).status).toBe(400);
    expect(incoming(dir)).toEqual([]);
  });

  it('streams the whole film to a participant through the address of the module view, with Accept-Ranges', async () => {
    const { videoUrl } = await ready();
    const res = await bytes(t.http().get(videoUrl));
    expect(res.status).toBe(200);
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['content-type']).toBe('video/mp4');
    expect(Buffer.compare(res.body as Buffer, film)).toBe(0);
  });

  it('answers a byte range with 206 and the right Content-Range, and a range past the end with 416', async () => {
    const { videoUrl } = await ready();
    const part = await bytes(t.http().get(videoUrl).set('Range', 'bytes=100-109'));
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-109/${film.length}`);
    expect(part.headers['content-length']).toBe('10');
    expect(Buffer.compare(part.body as Buffer, film.subarray(100, 110))).toBe(0);
    const tail = await bytes(t.http().get(videoUrl).set('Range', 'bytes=-5'));
    expect(tail.status).toBe(206);
    expect(Buffer.compare(tail.body as Buffer, film.subarray(film.length - 5))).toBe(0);
    const past = await t.http().get(videoUrl).set('Range', `bytes=${film.length}-`);
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${film.length}`);
  });

  it('serves the captions as WebVTT', async () => {
    const { captionsUrl } = await ready();
    const res = await t.http().get(captionsUrl);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(res.text).toContain('Verteller: Dit is Sanne.');
  });

  it('lets the trainer and an admin of the organisation fetch it with their login', async () => {
    const { mediaId } = await ready();
    for (const who of ['worker', 'admin']) expect((await t.http().get(`/api/training-media/${mediaId}`).set(auth(who))).status).toBe(200);
  });

  it('answers 404 to anyone else: another client, another worker, a team lead, another organisation, no or a forged key', async () => {
    const { mediaId, videoUrl } = await ready();
    const path = `/api/training-media/${mediaId}`;
    for (const who of ['otherClient', 'otherWorker', 'teamLead', 'foreignAdmin', 'foreignClient'])
      expect([who, (await t.http().get(path).set(auth(who))).status]).toEqual([who, 404]);
    expect((await t.http().get(path)).status).toBe(404);
    const key = new URL(videoUrl, 'http://x').searchParams.get('access')!;
    const [body, mac] = key.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), u: w.ids.otherClient })).toString(
      'base64url',
    );
    expect((await t.http().get(`${path}?access=${forged}.${mac}`)).status).toBe(404);
    // A key is for one file: Sanne's key does not open the captions.
    const { captionsUrl } = await ready();
    const captionsId = /training-media\/([0-9a-f-]+)\?/.exec(captionsUrl)![1];
    expect((await t.http().get(`/api/training-media/${captionsId}?access=${encodeURIComponent(key)}`)).status).toBe(404);
  });

  it('stops a key when its login ends (sign out everywhere)', async () => {
    await ready();
    const password = 'Lang-genoeg-wachtwoord-2026!';
    const noor = await makeClient(t, { organisationId: w.orgId, financierId: w.financierId, name: 'Noor Yilmaz', password });
    await makeCase(t, { worker: w.accounts.worker, clientId: noor.id, kindOfWork: 'hulp_online', openedOn: '2026-02-01' });
    const enrolment = await t
      .http()
      .post(`/api/trainings/${w.course.trainingId}/enrolments`)
      .set(auth('worker'))
      .send({ mode: 'online', goals: ['Grenzen aangeven', 'Nee zeggen'], clientId: noor.id })
      .expect(201);
    const login = await t.login(noor.email, password);
    const module = await t
      .http()
      .get(`/api/training-enrolments/${enrolment.body.id}/modules/${w.course.modules[0].id}`)
      .set({ Authorization: `Bearer ${login}` })
      .expect(200);
    const { videoUrl } = module.body.steps.find((s: { id: string }) => s.id === videoStep).media;
    expect((await t.http().get(videoUrl)).status).toBe(200);
    await t
      .http()
      .post('/api/auth/logout-all')
      .set({ Authorization: `Bearer ${login}` })
      .expect(204);
    expect((await t.http().get(videoUrl)).status).toBe(404);
  });

  it('stops a key after four hours', async () => {
    const { videoUrl } = await ready();
    t.clock.advance(4 * 3600 * 1000 + 1000);
    expect((await t.http().get(videoUrl)).status).toBe(404);
    t.clock.advance(-(4 * 3600 * 1000 + 1000));
    expect((await t.http().get(videoUrl)).status).toBe(200);
  });
});
