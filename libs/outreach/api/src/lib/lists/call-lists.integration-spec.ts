import { IdentityModule } from '@nabij/identity/api';
import type { CallListDetail, CallListSummary } from '@nabij/outreach/contracts';
import { bearer, createTestApp, TestAccount, TestApp } from '@nabij/platform/testing';
import { OutreachModule } from '../outreach.module';
import { makeOutreachOrg, OutreachOrg } from '../testing';

jest.setTimeout(120_000);

const CSV =
  'naam;telefoon;postcode;school\nFamilie El Amrani;06 12345678;2312 AB;De Regenboog\nFamilie Jansen;071-5123456;;\nFamilie de Vries;+31 6 87654321;2316 XK;Het Kompas\n';

/** Call lists: import all lines or none, counts for the team lead, assignment within the organisation. */
describe('outreach call lists', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, OutreachModule] });
  }, 180_000);
  afterAll(() => t.close());

  const create = (who: TestAccount, body: Record<string, unknown>) => t.http().post('/api/outreach/lists').set(bearer(who)).send(body);
  const importList = async (org: OutreachOrg, who: TestAccount = org.teamLead, csv = CSV): Promise<CallListSummary> =>
    (await create(who, { name: 'Belronde december', questionnaireId: org.questionnaireId, csv }).expect(201)).body;
  const detail = (who: TestAccount, id: string) => t.http().get(`/api/outreach/lists/${id}`).set(bearer(who));
  const assign = (who: TestAccount, id: string, body: Record<string, unknown>) =>
    t.http().post(`/api/outreach/lists/${id}/assign`).set(bearer(who)).send(body);
  const entryCount = async (org: OutreachOrg) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM outreach_entry WHERE organisation_id = $1`, [org.organisationId]))[0].n;

  it('imports every family of a CSV file with numbers made uniform, and shows the team lead the counts', async () => {
    const org = await makeOutreachOrg(t);
    const list = await importList(org);
    expect(list).toMatchObject({ name: 'Belronde december', questionnaireTitle: 'Belronde gezinnen', total: 3, unassigned: 3 });
    expect(list.counts).toEqual({ to_call: 3, no_answer: 0, call_back: 0, refused: 0, reached: 0 });
    const rows = await t.dataSource.query(
      `SELECT line, family_name, phone, postcode, school FROM outreach_entry WHERE list_id = $1 ORDER BY line`,
      [list.id],
    );
    expect(rows).toEqual([
      { line: 2, family_name: 'Familie El Amrani', phone: '0612345678', postcode: '2312 AB', school: 'De Regenboog' },
      { line: 3, family_name: 'Familie Jansen', phone: '0715123456', postcode: null, school: null },
      { line: 4, family_name: 'Familie de Vries', phone: '0687654321', postcode: '2316 XK', school: 'Het Kompas' },
    ]);
    const overview: CallListSummary[] = (await t.http().get('/api/outreach/lists').set(bearer(org.teamLead)).expect(200)).body;
    expect(overview.map((l) => l.id)).toEqual([list.id]);
  });

  it('refuses a file with bad lines with 400, every bad line named, and imports nothing', async () => {
    const org = await makeOutreachOrg(t);
    const res = await create(org.teamLead, {
      name: 'Lijst',
      questionnaireId: org.questionnaireId,
      csv: 'naam;telefoon;postcode\nGoed;0612345678;2312 AB\n;0612345679;\nBakker;12345;2312AB\n',
    });
    expect(res.status).toBe(400);
    expect(res.body.details.lines).toEqual([
      { line: 3, field: 'naam', problem: 'De naam is leeg.' },
      { line: 4, field: 'telefoon', problem: expect.stringContaining('telefoonnummer') },
    ]);
    expect(res.body.fields.csv).toEqual([expect.stringMatching(/^regel 3, naam/), expect.stringMatching(/^regel 4, telefoon/)]);
    expect(await entryCount(org)).toBe(0);
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM outreach_list WHERE organisation_id = $1`, [org.organisationId]))[0].n,
    ).toBe(0);
  });

  it('answers 400 naming the field for bad input, and for a questionnaire of another organisation', async () => {
    const org = await makeOutreachOrg(t);
    const other = await makeOutreachOrg(t);
    const good = { name: 'Lijst', questionnaireId: org.questionnaireId, csv: CSV };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...good, name: '' }, 'name'],
      [{ ...good, name: 'x'.repeat(121) }, 'name'],
      [{ ...good, questionnaireId: 'abc' }, 'questionnaireId'],
      [{ ...good, questionnaireId: other.questionnaireId }, 'questionnaireId'],
      [{ ...good, csv: 42 }, 'csv'],
      [{ ...good, extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const res = await create(org.teamLead, body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(Object.keys(res.body.fields)).toContain(field);
    }
    expect(await entryCount(org)).toBe(0);
  });

  it('lets a team lead assign families to a worker of the organisation, all or nothing', async () => {
    const org = await makeOutreachOrg(t);
    const list = await importList(org);
    const listed: CallListDetail = (await detail(org.teamLead, list.id).expect(200)).body;
    expect(listed.workers.map((w) => w.name).sort()).toEqual(['Carlos Collega', 'Wendy Werker']);
    const [first, second, third] = listed.entries;
    const done: CallListDetail = (
      await assign(org.teamLead, list.id, { entryIds: [first.id, second.id], workerId: org.worker.id }).expect(200)
    ).body;
    expect(done.entries.map((e) => e.assignedWorkerName)).toEqual(['Wendy Werker', 'Wendy Werker', null]);
    expect(done.unassigned).toBe(1);
    // One id of another list: nothing changes.
    const otherList = await importList(org, org.teamLead, 'naam;telefoon\nFamilie Bakker;0611111111\n');
    const otherEntry = (await detail(org.teamLead, otherList.id)).body.entries[0].id;
    expect((await assign(org.teamLead, list.id, { entryIds: [third.id, otherEntry], workerId: org.colleague.id })).status).toBe(404);
    const after: CallListDetail = (await detail(org.teamLead, list.id)).body;
    expect(after.entries[2].assignedWorkerId).toBeNull();
    expect(
      (await assign(org.teamLead, list.id, { entryIds: [first.id], workerId: null }).expect(200)).body.entries[0].assignedWorkerId,
    ).toBeNull();
  });

  it('keeps other organisations, other workers and clients out: 404 for ids, 403 for roles', async () => {
    const org = await makeOutreachOrg(t);
    const other = await makeOutreachOrg(t);
    const list = await importList(org);
    const entryId = (await detail(org.teamLead, list.id)).body.entries[0].id;
    expect((await detail(other.teamLead, list.id)).status).toBe(404);
    expect((await assign(other.teamLead, list.id, { entryIds: [entryId], workerId: other.worker.id })).status).toBe(404);
    // A worker of another organisation cannot be given this family.
    expect((await assign(org.teamLead, list.id, { entryIds: [entryId], workerId: other.worker.id })).status).toBe(404);
    // A worker sees the lists they made, not the team lead's.
    expect((await detail(org.worker, list.id)).status).toBe(404);
    expect((await t.http().get('/api/outreach/lists').set(bearer(org.worker))).body).toEqual([]);
    const own = await importList(org, org.worker, 'naam;telefoon\nFamilie Smit;0622222222\n');
    expect((await detail(org.worker, own.id)).status).toBe(200);
    for (const who of [org.client, org.admin]) {
      expect((await t.http().get('/api/outreach/lists').set(bearer(who))).status).toBe(403);
      expect((await detail(who, list.id)).status).toBe(403);
    }
    expect((await assign(org.teamLead, list.id, { entryIds: ['nope'], workerId: org.worker.id })).status).toBe(400);
  });

  it('logs who opened a list of families', async () => {
    const org = await makeOutreachOrg(t);
    const list = await importList(org);
    await detail(org.teamLead, list.id).expect(200);
    const rows = await t.dataSource.query(
      `SELECT action FROM audit_entry WHERE actor_id = $1 AND resource_type = 'outreach_list' AND resource_id = $2 ORDER BY action`,
      [org.teamLead.id, list.id],
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['create', 'read']);
  });
});
