// On the demo seed on purpose (the full one, as `npm start` writes it): this walks every route of the
// demo app as the second demo organisation and looks for anything of the first one in the answers.
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DemoSeedService, SECOND_ORG_ACCOUNTS, SECOND_ORGANISATION } from '@nabij/demo/api';
import { IS_PUBLIC, ROLES } from '@nabij/platform/api';
import type { Role } from '@nabij/platform/contracts';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { DOMAIN_MODULES } from './app.module';

// The full demo seed (Table B's year included) and a few thousand requests: slow on a busy machine.
jest.setTimeout(180_000);

interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  roles: Role[];
}

/** Every route that needs a login, with the roles it lets in. */
function discoverRoutes(t: TestApp): Route[] {
  const discovery = t.app.get(DiscoveryService);
  const scanner = t.app.get(MetadataScanner);
  const reflector = t.app.get(Reflector);
  const routes: Route[] = [];
  for (const { instance, metatype } of discovery.getControllers()) {
    if (!instance || !metatype) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name];
      const sub = Reflect.getMetadata(PATH_METADATA, handler);
      if (sub === undefined || reflector.getAllAndOverride(IS_PUBLIC, [handler, metatype])) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number].toLowerCase() as Route['method'];
      const path = `/api/${[base, String(sub)].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
      routes.push({ method, path, roles: reflector.getAllAndOverride(ROLES, [handler, metatype]) ?? [] });
    }
  }
  return routes;
}

const PARAM = /:([A-Za-z]+)/g;
const params = (path: string) => [...path.matchAll(PARAM)].map((m) => m[1]);
/** Only id parameters are filled in; a route with any other parameter (a date, a slug) is left out. */
const onlyIdParams = (path: string) => params(path).every((p) => p === 'id' || p.endsWith('Id'));
/**
 * Report routes want a period; the widest one the API accepts shows the most. Only list routes (no
 * path parameters) get it: a route that reads one thing by id may refuse query fields it does not take.
 */
const QUERY = 'from=2012-01-01&to=2026-12-31';

type Staff = 'admin' | 'team_lead' | 'worker' | 'client';

/**
 * Routes that let a role in only with a capability on top (the library editor right): the demo's
 * workers do not have it, so they are refused with 403 before any id is looked at, which shows nothing.
 * The library's content belongs to no organisation; admins still walk these routes with every id.
 */
const CAPABILITY_ROUTES = /^\/api\/library\/editor\//;
const refusedByCapability = (route: Route, role: Staff, status: number) =>
  role === 'worker' && status === 403 && CAPABILITY_ROUTES.test(route.path);

/** What one organisation owns: ids, e-mail addresses and names, read from the database. */
interface Owned {
  ids: Set<string>;
  emails: Set<string>;
  names: string[];
  /** One id of each kind, to fill id parameters with. */
  samples: Record<string, string>;
  tokens: Record<Staff, string>;
}

async function owned(t: TestApp, organisationId: string, logins: Record<Staff, string>): Promise<Owned> {
  const q = (sql: string) => t.dataSource.query(sql, [organisationId]) as Promise<Array<Record<string, string>>>;
  const ids = new Set<string>();
  const tables = await t.dataSource.query(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.columns i ON i.table_name = c.table_name AND i.table_schema = c.table_schema AND i.column_name = 'id'
      WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id'`,
  );
  for (const { table_name } of tables)
    for (const r of await q(`SELECT id::text FROM "${table_name}" WHERE organisation_id = $1`)) ids.add(r.id);
  const caseChildren = await t.dataSource.query(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.columns i ON i.table_name = c.table_name AND i.table_schema = c.table_schema AND i.column_name = 'id'
      WHERE c.table_schema = 'public' AND c.column_name = 'case_id' AND i.data_type = 'uuid'`,
  );
  for (const { table_name } of caseChildren)
    for (const r of await q(`SELECT x.id::text FROM "${table_name}" x JOIN care_case c ON c.id = x.case_id WHERE c.organisation_id = $1`))
      ids.add(r.id);
  for (const r of await q(`SELECT f.id::text FROM financier f WHERE f.organisation_id = $1`)) ids.add(r.id);
  const accounts = await q(`SELECT id::text, email, name, role FROM account WHERE organisation_id = $1`);
  const teams = await q(`SELECT id::text, name FROM team WHERE organisation_id = $1`);
  const financiers = await q(`SELECT id::text, name FROM financier WHERE organisation_id = $1`);
  const one = async (sql: string) => (await q(sql))[0]?.id;
  const samples: Record<string, string> = {
    client: accounts.find((a) => a.role === 'client')!.id,
    worker: accounts.find((a) => a.role === 'worker')!.id,
    teamLead: accounts.find((a) => a.role === 'team_lead')!.id,
    team: teams[0].id,
    financier: financiers[0].id,
    case: await one(`SELECT id::text FROM care_case WHERE organisation_id = $1 AND closed_on IS NULL ORDER BY created_at DESC LIMIT 1`),
    thread: await one(`SELECT id::text FROM message_thread WHERE organisation_id = $1 LIMIT 1`),
    chat: await one(`SELECT id::text FROM chat_session WHERE organisation_id = $1 LIMIT 1`),
    report: await one(
      `SELECT r.id::text FROM conversation_report r JOIN care_case c ON c.id = r.case_id WHERE c.organisation_id = $1 LIMIT 1`,
    ),
    goal: await one(`SELECT g.id::text FROM case_goal g JOIN care_case c ON c.id = g.case_id WHERE c.organisation_id = $1 LIMIT 1`),
    timeEntry: await one(`SELECT id::text FROM time_entry WHERE organisation_id = $1 LIMIT 1`),
  };
  // The first organisation's demo has no chat yet: a kind that is missing is left out.
  for (const [kind, id] of Object.entries(samples)) if (!id) delete samples[kind];
  const tokens = {} as Record<Staff, string>;
  for (const [role, email] of Object.entries(logins) as Array<[Staff, string]>) {
    const a = accounts.find((x) => x.email === email)!;
    tokens[role] = t.tokenFor({ id: a.id, role, organisationId });
  }
  for (const a of accounts) ids.add(a.id);
  return {
    ids,
    emails: new Set(accounts.filter((a) => a.email).map((a) => a.email.toLowerCase())),
    // Names of people, teams and municipalities (Table B's numbered clients are found by id and e-mail).
    names: [...accounts.map((a) => a.name), ...teams.map((x) => x.name), ...financiers.map((f) => f.name)].filter(
      (n): n is string => !!n && !/^Cliënt 2013-/.test(n),
    ),
    samples,
    tokens,
  };
}

/** Everything of `other` that shows up in a JSON answer. */
function leaks(body: unknown, other: Owned): string[] {
  const text = JSON.stringify(body ?? null);
  const found = new Set<string>();
  for (const id of text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [])
    if (other.ids.has(id.toLowerCase())) found.add(`id ${id}`);
  for (const email of text.match(/[^\s"@,;:<>()]+@[^\s"@,;:<>()]+\.[a-z]+/gi) ?? [])
    if (other.emails.has(email.toLowerCase())) found.add(`e-mail ${email}`);
  for (const name of other.names) if (text.includes(name)) found.add(`name ${name}`);
  return [...found];
}

describe('the second demo organisation never sees the first one (and the other way round)', () => {
  let t: TestApp;
  let routes: Route[];
  let first: Owned;
  let second: Owned;
  const roles: Staff[] = ['admin', 'team_lead', 'worker', 'client'];

  beforeAll(async () => {
    t = await createTestApp({ imports: [...DOMAIN_MODULES, DiscoveryModule] });
    await t.app.get(DemoSeedService).seedOnce(true);
    const [a] = await t.dataSource.query(`SELECT id FROM organisation WHERE slug = 'mw-hollands-midden'`);
    const [b] = await t.dataSource.query(`SELECT id FROM organisation WHERE slug = $1`, [SECOND_ORGANISATION.slug]);
    first = await owned(t, a.id, {
      admin: 'admin@demo.nabij.nl',
      team_lead: 'teamlead@demo.nabij.nl',
      worker: 'worker@demo.nabij.nl',
      client: 'client@demo.nabij.nl',
    });
    second = await owned(t, b.id, {
      admin: SECOND_ORG_ACCOUNTS.admin,
      team_lead: SECOND_ORG_ACCOUNTS.teamLead,
      worker: SECOND_ORG_ACCOUNTS.worker,
      client: SECOND_ORG_ACCOUNTS.client,
    });
    routes = discoverRoutes(t);
  });
  afterAll(() => t.close());

  const call = (route: Route, path: string, token: string) => {
    const agent = t.http();
    const withPeriod = route.method === 'get' && params(route.path).length === 0;
    const req = agent[route.method](withPeriod ? `${path}?${QUERY}` : path).set('Authorization', `Bearer ${token}`);
    return route.method === 'get' || route.method === 'delete' ? req : req.send({});
  };

  /** Every GET route without parameters, for each role it lets in: the answers hold nothing of `other`. */
  async function walkLists(own: Owned, other: Owned): Promise<{ failures: string[]; answered: number }> {
    const failures: string[] = [];
    let answered = 0;
    for (const route of routes.filter((r) => r.method === 'get' && params(r.path).length === 0)) {
      for (const role of roles.filter((r) => route.roles.includes(r))) {
        const res = await call(route, route.path, own.tokens[role]);
        if (res.status === 200) answered++;
        const text = res.headers['content-type']?.includes('json') ? res.body : res.text;
        for (const leak of leaks(text, other)) failures.push(`GET ${route.path} as ${role}: ${leak}`);
      }
    }
    return { failures, answered };
  }

  it('the second organisation has its own staff, clients, cases, messages, chat and time', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM account WHERE organisation_id = o.id AND role = 'client')::int AS clients,
              (SELECT count(*) FROM care_case WHERE organisation_id = o.id)::int AS cases,
              (SELECT count(*) FROM message_thread WHERE organisation_id = o.id)::int AS threads,
              (SELECT count(*) FROM chat_session WHERE organisation_id = o.id)::int AS chats,
              (SELECT count(*) FROM time_entry WHERE organisation_id = o.id)::int AS entries,
              (SELECT count(*) FROM service_area s JOIN financier f ON f.id = s.financier_id WHERE f.organisation_id = o.id)::int AS areas
         FROM organisation o WHERE o.slug = $1`,
      [SECOND_ORGANISATION.slug],
    );
    expect(counts.clients).toBeGreaterThanOrEqual(5);
    expect(counts.cases).toBe(counts.clients);
    expect(counts.threads).toBeGreaterThanOrEqual(4);
    expect(counts.chats).toBeGreaterThanOrEqual(1);
    expect(counts.entries).toBeGreaterThanOrEqual(5);
    expect(counts.areas).toBeGreaterThanOrEqual(2);
    expect(Object.keys(second.samples).sort()).toEqual(
      ['case', 'chat', 'client', 'financier', 'goal', 'report', 'team', 'teamLead', 'thread', 'timeEntry', 'worker'].sort(),
    );
    // No postcode is served by both organisations.
    const [overlap] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM service_area a JOIN financier fa ON fa.id = a.financier_id
         JOIN service_area b ON a.postcode_from <= b.postcode_to AND b.postcode_from <= a.postcode_to
         JOIN financier fb ON fb.id = b.financier_id AND fb.organisation_id <> fa.organisation_id`,
    );
    expect(overlap.n).toBe(0);
  });

  it('no list or report answer of the second organisation holds an id, e-mail address or name of the first', async () => {
    const { failures, answered } = await walkLists(second, first);
    expect(failures).toEqual([]);
    // The walk means something only when the routes answer: most of them do with the seeded data.
    expect(answered).toBeGreaterThan(30);
    // And the search finds what is there: the first organisation's own answers are full of its data.
    const own = await walkLists(first, first);
    expect(own.failures.length).toBeGreaterThan(20);
    expect(
      own.failures.some((f) => f.includes('e-mail ')) &&
        own.failures.some((f) => f.includes('name ')) &&
        own.failures.some((f) => f.includes('id ')),
    ).toBe(true);
  });

  it("every id route answers 404 to the second organisation for each kind of the first organisation's ids", async () => {
    const failures: string[] = [];
    let tried = 0;
    for (const route of routes.filter((r) => params(r.path).length > 0 && onlyIdParams(r.path))) {
      for (const role of roles.filter((r) => route.roles.includes(r))) {
        for (const [kind, id] of Object.entries(first.samples)) {
          const res = await call(route, route.path.replace(PARAM, id), second.tokens[role]);
          tried++;
          const ok =
            (route.method === 'get' ? res.status === 404 : res.status === 404 || res.status === 400) ||
            refusedByCapability(route, role, res.status);
          if (!ok || leaks(res.body, first).length)
            failures.push(`${route.method.toUpperCase()} ${route.path} as ${role} with a ${kind} id: ${res.status}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(failures).toEqual([]);
    // The same GET routes do answer with these ids inside their own organisation, so the 404s above mean something.
    let own = 0;
    for (const route of routes.filter((r) => r.method === 'get' && params(r.path).length > 0 && onlyIdParams(r.path)))
      for (const role of roles.filter((r) => route.roles.includes(r)))
        for (const id of Object.values(first.samples))
          if ((await call(route, route.path.replace(PARAM, id), first.tokens[role])).status === 200) own++;
    expect(own).toBeGreaterThan(3);
  });

  it('and the other way round: the first organisation sees nothing of the second', async () => {
    const { failures } = await walkLists(first, second);
    for (const route of routes.filter((r) => r.method === 'get' && params(r.path).length > 0 && onlyIdParams(r.path))) {
      for (const role of roles.filter((r) => route.roles.includes(r))) {
        for (const kind of ['client', 'case', 'thread', 'chat', 'team', 'worker']) {
          const res = await call(route, route.path.replace(PARAM, second.samples[kind]), first.tokens[role]);
          if (res.status !== 404 && !refusedByCapability(route, role, res.status))
            failures.push(`GET ${route.path} as ${role} with a ${kind} id: ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
