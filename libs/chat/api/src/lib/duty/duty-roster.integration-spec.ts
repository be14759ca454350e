import { IdentityModule } from '@nabij/identity/api';
import { makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { DutyRosterModule } from './duty-roster.module';
import { DutyRosterService } from './duty-roster.service';

// Monday 2 March 2026, 15:30 in Amsterdam (14:30 UTC): ISO weekday 1.
const AT = new Date('2026-03-02T14:30:00Z');

describe('duty roster (chat_duty) as other domains ask it', () => {
  let t: TestApp;
  let roster: DutyRosterService;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DutyRosterModule] });
    roster = t.app.get(DutyRosterService);
  });

  afterAll(() => t?.close());

  /** Roster rows are written by the demo seed or an operator: there is no service to go through. */
  // Weekly roster lines are written directly: no service writes them (chat's rota adds dated lines
  // only; the seed or an operator writes the weekly ones), and this spec reads both kinds alike.
  const onRoster = (
    organisationId: string,
    workerId: string,
    when: { weekday?: number; onDate?: string },
    startsAt: string,
    endsAt: string,
  ) =>
    t.dataSource.query(
      `INSERT INTO chat_duty (organisation_id, worker_id, weekday, on_date, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [organisationId, workerId, when.weekday ?? null, when.onDate ?? null, startsAt, endsAt],
    );

  it('names the workers on duty at the moment (Amsterdam time) and those on duty some time that day, weekly or on the date', async () => {
    const org = await makeOrganisation(t);
    const worker = async () => (await makeWorker(t, { organisationId: org.organisationId })).id;
    const [weeklyNow, weeklyMorning, dateNow, tomorrow, utcNow] = [
      await worker(),
      await worker(),
      await worker(),
      await worker(),
      await worker(),
    ];
    await onRoster(org.organisationId, weeklyNow, { weekday: 1 }, '15:00', '16:00');
    await onRoster(org.organisationId, weeklyMorning, { weekday: 1 }, '09:00', '10:00');
    await onRoster(org.organisationId, dateNow, { onDate: '2026-03-02' }, '15:00', '17:00');
    await onRoster(org.organisationId, tomorrow, { weekday: 2 }, '15:00', '16:00');
    // 14:00-15:00 holds 14:30 in UTC, but not 15:30 in Amsterdam.
    await onRoster(org.organisationId, utcNow, { weekday: 1 }, '14:00', '15:00');

    const duty = await roster.onDutyToday(org.organisationId, AT);

    expect([...duty.now].sort()).toEqual([weeklyNow, dateNow].sort());
    expect([...duty.today].sort()).toEqual([weeklyNow, weeklyMorning, dateNow, utcNow].sort());
  });

  it('leaves out accounts that are no workers and the rosters of other organisations', async () => {
    const org = await makeOrganisation(t);
    const other = await makeOrganisation(t);
    const lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamId });
    const otherWorker = await makeWorker(t, { organisationId: other.organisationId });
    await onRoster(org.organisationId, lead.id, { weekday: 1 }, '15:00', '16:00');
    await onRoster(other.organisationId, otherWorker.id, { weekday: 1 }, '15:00', '16:00');

    expect(await roster.onDutyToday(org.organisationId, AT)).toEqual({ now: [], today: [] });
    expect((await roster.onDutyToday(other.organisationId, AT)).now).toEqual([otherWorker.id]);
  });
});
