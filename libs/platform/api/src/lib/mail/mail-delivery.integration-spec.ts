import { JobsService, MAIL_DELIVERY_JOB, MailService } from '../../index';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in this process; `hold` runs before each mail is accepted (a slow server). */
async function startSmtp(hold: () => Promise<void>) {
  const inbox: string[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(refuse ? new Error('mailbox unavailable') : undefined);
      if (!refuse) inbox.push(address.address);
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => void hold().then(() => callback()));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    refuseAll: (value: boolean) => void (refuse = value),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('mail delivery: one queued job per outbox row, claimed before sending', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let mail: MailService;
  let jobs: JobsService;
  let hold: () => Promise<void> = async () => undefined;
  const row = async (to: string) =>
    (await t.dataSource.query(`SELECT sent_at, attempts, last_error, claimed_until FROM outbox_mail WHERE to_address = $1`, [to]))[0];

  beforeAll(async () => {
    smtp = await startSmtp(() => hold());
    t = await createTestApp({ imports: [], env: { SMTP_URL: smtp.url } });
    mail = t.app.get(MailService);
    jobs = t.app.get(JobsService);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  afterEach(() => {
    hold = async () => undefined;
    smtp.refuseAll(false);
  });

  it('stores the delivery job in the transaction that stores the mail (none when it rolls back)', async () => {
    await expect(
      t.dataSource.transaction(async (manager) => {
        await mail.enqueue({ to: 'rolled-back@example.nl', subject: 'Welkom', text: 'Hallo' }, manager);
        throw new Error('registration failed after storing the mail');
      }),
    ).rejects.toThrow('registration failed');
    const stored = await t.dataSource.transaction((manager) =>
      mail.enqueue({ to: 'stored@example.nl', subject: 'Welkom', text: 'Hallo' }, manager),
    );
    const queued = await t.dataSource.query(`SELECT data->>'mailId' AS mail_id FROM pgboss.job WHERE name = $1 AND state = 'created'`, [
      MAIL_DELIVERY_JOB,
    ]);
    expect(queued.map((j: { mail_id: string }) => j.mail_id)).toEqual([stored.id]);
    await jobs.drain([MAIL_DELIVERY_JOB]);
    expect(smtp.inbox.filter((to) => to === 'stored@example.nl')).toHaveLength(1);
    expect(smtp.inbox).not.toContain('rolled-back@example.nl');
  });

  it('sends exactly once when the request path, the queued job and the retry sweep deliver at the same time, with no transaction open during SMTP', async () => {
    const to = 'race@example.nl';
    const stored = await t.dataSource.transaction((manager) =>
      mail.enqueue({ to, subject: 'Bevestig je aanmelding', text: 'Klik op de link' }, manager),
    );
    // A slow SMTP server keeps the first sender busy while the others try; meanwhile no database
    // connection may sit in an open transaction.
    let openTransactions: number | null = null;
    hold = async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      );
      openTransactions = n;
      await new Promise((r) => setTimeout(r, 300));
    };
    await Promise.all([mail.deliver(stored), jobs.drain([MAIL_DELIVERY_JOB]), mail.retryPending(), mail.retryPending()]);
    expect(openTransactions).toBe(0);
    expect(smtp.inbox.filter((a) => a === to)).toHaveLength(1);
    expect(await row(to)).toMatchObject({ attempts: 1, last_error: null, claimed_until: null, sent_at: expect.any(Date) });
    // Whatever runs later finds it sent and sends nothing.
    await jobs.drain([MAIL_DELIVERY_JOB]);
    expect(await mail.retryPending()).toBe(0);
    expect(smtp.inbox.filter((a) => a === to)).toHaveLength(1);
  });

  it('leaves a mail the request path could not send to its job, which retries it', async () => {
    const to = 'later@example.nl';
    smtp.refuseAll(true);
    const stored = await t.dataSource.transaction((manager) => mail.enqueue({ to, subject: 'Welkom', text: 'Hallo' }, manager));
    expect(await mail.deliver(stored)).toBe(false);
    expect(await row(to)).toMatchObject({ sent_at: null, attempts: 1, claimed_until: null });
    smtp.refuseAll(false);
    await jobs.drain([MAIL_DELIVERY_JOB]);
    expect(smtp.inbox.filter((a) => a === to)).toHaveLength(1);
    expect(await row(to)).toMatchObject({ attempts: 2, last_error: null, sent_at: expect.any(Date) });
  });

  it('sweeps up a waiting mail without a job, but leaves one whose job waits for its retry (the backoff holds)', async () => {
    // A mail whose job was lost (written before jobs carried mail, or its queue was cleared): no
    // service leaves a row without a job, so it is written directly.
    await t.dataSource.query(
      `INSERT INTO outbox_mail (to_address, subject, text, created_at, attempts) VALUES ('orphan@example.nl', 'Welkom', 'Hallo', $1, 0)`,
      [t.clock.now()],
    );
    smtp.refuseAll(true);
    await t.dataSource.transaction((manager) => mail.enqueue({ to: 'backoff@example.nl', subject: 'Welkom', text: 'Hallo' }, manager));
    await jobs.drain([MAIL_DELIVERY_JOB]);
    expect(await row('backoff@example.nl')).toMatchObject({ sent_at: null, attempts: 1 });
    smtp.refuseAll(false);
    expect(await mail.retryPending()).toBe(1);
    expect(smtp.inbox).toContain('orphan@example.nl');
    expect(smtp.inbox).not.toContain('backoff@example.nl');
    expect(await row('backoff@example.nl')).toMatchObject({ sent_at: null, attempts: 1 });
  });

  it('does not send a mail someone else has claimed; the job is retried instead of dropped', async () => {
    const to = 'claimed@example.nl';
    const stored = await t.dataSource.transaction((manager) => mail.enqueue({ to, subject: 'Welkom', text: 'Hallo' }, manager));
    // Another instance is sending it right now.
    await t.dataSource.query(`UPDATE outbox_mail SET claimed_until = $2 WHERE id = $1`, [
      stored.id,
      new Date(t.clock.now().getTime() + 60_000),
    ]);
    await jobs.drain([MAIL_DELIVERY_JOB]);
    expect(await mail.retryPending()).toBe(0);
    expect(smtp.inbox).not.toContain(to);
    const [job] = await t.dataSource.query(`SELECT state FROM pgboss.job WHERE name = $1 AND data->>'mailId' = $2`, [
      MAIL_DELIVERY_JOB,
      stored.id,
    ]);
    expect(job.state).toBe('retry');
  });
});
