// On the demo seed on purpose: this walks every route of the demo app as a whole, with its real ids.
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeedService } from '@nabij/demo/api';
import { ROLES as ALL_ROLES, Role } from '@nabij/platform/contracts';
import { IS_PUBLIC, ROLES } from '@nabij/platform/api';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { DOMAIN_MODULES } from './app.module';

interface RouteInfo {
  method: string;
  path: string;
  isPublic: boolean;
  roles: Role[] | undefined;
}

/** Every HTTP route the app serves, with the access rule it declares. */
function discoverRoutes(t: TestApp): RouteInfo[] {
  const discovery = t.app.get(DiscoveryService);
  const scanner = t.app.get(MetadataScanner);
  const reflector = t.app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name];
      const sub = Reflect.getMetadata(PATH_METADATA, handler);
      if (sub === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const path = `/api/${[base, String(sub)].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
      routes.push({
        method,
        path,
        isPublic: !!reflector.getAllAndOverride(IS_PUBLIC, [handler, metatype]),
        roles: reflector.getAllAndOverride(ROLES, [handler, metatype]),
      });
    }
  }
  return routes;
}

const DEMO_LOGIN: Record<Role, string> = {
  client: DEMO_ACCOUNTS.client,
  worker: DEMO_ACCOUNTS.worker,
  team_lead: DEMO_ACCOUNTS.teamLead,
  admin: DEMO_ACCOUNTS.admin,
  guardian: DEMO_ACCOUNTS.guardian,
};

describe('every route declares who may call it, and refuses everyone else', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [...DOMAIN_MODULES, DiscoveryModule] });
    await t.app.get(DemoSeedService).seedOnce();
    for (const role of ALL_ROLES) tokens[role] = await t.login(DEMO_LOGIN[role], DEMO_PASSWORD);
    routes = discoverRoutes(t);
  });
  afterAll(() => t.close());

  it('finds the routes of every domain', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(expect.arrayContaining(['POST /api/auth/login', 'POST /api/postcode-check', 'GET /api/admin/service-areas']));
  });

  it('has @Public() or @Roles(...) on every route', () => {
    const undeclared = routes.filter((r) => !r.isPublic && !(r.roles && r.roles.length > 0));
    expect(undeclared).toEqual([]);
  });

  it('answers 401 without a token and 403 for each role that is not allowed', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      const path = route.path.replace(/:[A-Za-z]+/g, '6f1c1c5e-0000-4000-8000-000000000000');
      const call = () => t.http()[route.method.toLowerCase() as 'get'](path);
      const anonymous = await call();
      if (anonymous.status !== 401) failures.push(`${route.method} ${route.path} without token: ${anonymous.status}`);
      for (const role of ALL_ROLES.filter((r) => !route.roles!.includes(r))) {
        const res = await call().set('Authorization', `Bearer ${tokens[role]}`);
        if (res.status !== 403) failures.push(`${route.method} ${route.path} as ${role}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
