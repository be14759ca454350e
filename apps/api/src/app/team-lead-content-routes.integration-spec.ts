// On the demo seed on purpose: this walks every route of the demo app as a whole, with its real ids.
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeedService } from '@nabij/demo/api';
import { ROLES } from '@nabij/platform/api';
import type { Role } from '@nabij/platform/contracts';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { DOMAIN_MODULES } from './app.module';

/**
 * Routes of the domains that hold conversation and dossier content (and the library's anonymous
 * questions and client shelves, the social map's referrals, a pupil's parents and the peer forum with
 * its moderation log).
 */
const CONTENT_DOMAINS =
  /^\/api\/(chat|dossier|forum|guardians|messages|notifications|outreach|reminders|training|training-cohorts|training-group-report|trainer|trainings|library\/(shelf|questions)|social-map)(\/|$)/;

/**
 * The only routes there a team lead may call, and why each carries no client content. A new route
 * that lets team leads in must be added here on purpose (issue 9, finding 1: figures only).
 */
const TEAM_LEAD_ALLOWED: Record<string, string> = {
  'GET /api/notifications': 'kind and thread id of an escalation, never the message',
  'POST /api/notifications/:id/read': 'marks an own notification read',
  'GET /api/trainings': 'the course catalogue (course material, no participants)',
  'GET /api/trainings/:trainingId': 'a course outline (course material, no participants)',
  'GET /api/chat/hours': 'opening hours and closed days of the organisation',
  'GET /api/chat/rota': 'who of the staff is on chat duty when; no chats, no clients',
  'POST /api/chat/rota': "puts a worker of the team lead's own team on duty",
  'DELETE /api/chat/rota/:id': "takes a worker of the team lead's own team off duty",
  'POST /api/dossier/cases/:caseId/reopen': 'reopens a case of the own team closed at most 30 days ago; answers the case id and dates only',
  'GET /api/dossier/team/closed-cases':
    "the own team's cases closed at most 30 days ago: client and worker names, closing day, reason category; each read logged",
  'GET /api/outreach/questionnaires': 'the questionnaires and their versions (questions, never answers)',
  'GET /api/outreach/questionnaires/versions/:versionId': 'the questions of a version, never answers',
  'GET /api/outreach/lists': 'call lists with counts per status only',
  'POST /api/outreach/lists':
    'a list of the families of a file the team lead sends, of the clients with an open case of a team or municipality, or of a school on earlier lists; answers counts only',
  'GET /api/outreach/lists/sources': 'teams, municipalities and schools to make a list of, each with a number of families only',
  'GET /api/outreach/lists/:listId': 'families (or clients) by name with their status and who calls them; no phone numbers, no answers',
  'GET /api/outreach/summary': 'weekly figures (counts, averages, needs); groups under five families suppressed',
  'GET /api/reminders/setting': 'the day the organisation switched appointment reminders on, or null',
  'GET /api/reminders/no-show-report': 'per month the counts of appointments attended and missed; no client, no appointment',
  'POST /api/outreach/lists/:listId/assign': 'assigns families to workers; answers as GET /api/outreach/lists/:listId',
  'GET /api/training-group-report':
    'per group: sessions held, participant and attendance counts, group minutes, drop-out per module; no names',
};

describe('team leads reach no conversation or dossier content', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [...DOMAIN_MODULES, DiscoveryModule] });
    await t.app.get(DemoSeedService).seedOnce();
  }, 120_000);
  afterAll(() => t.close());

  function teamLeadRoutes(): string[] {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const found: string[] = [];
    for (const { instance, metatype } of discovery.getControllers()) {
      if (!instance || !metatype) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = instance[name];
        const sub = Reflect.getMetadata(PATH_METADATA, handler);
        if (sub === undefined) continue;
        const path = `/api/${[base, String(sub)].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
        if (!CONTENT_DOMAINS.test(path)) continue;
        const roles: Role[] | undefined = reflector.getAllAndOverride(ROLES, [handler, metatype]);
        if (roles?.includes('team_lead')) found.push(`${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]} ${path}`);
      }
    }
    return found.sort();
  }

  it('lets a team lead into chat, dossier, messages and training routes only where no client content is served', () => {
    expect(teamLeadRoutes()).toEqual(Object.keys(TEAM_LEAD_ALLOWED).sort());
  });

  it('answers the demo team lead 403 on the chat queue, the dossier caseload and the Bellijst', async () => {
    const lead = await t.login(DEMO_ACCOUNTS.teamLead, DEMO_PASSWORD);
    for (const path of [
      '/api/chat/queue',
      '/api/dossier/cases',
      '/api/messages/inbox',
      '/api/trainer/training-tasks',
      '/api/training-cohorts',
      '/api/outreach/calls',
      '/api/social-map/cases/00000000-0000-4000-8000-000000000000/referrals',
      '/api/forum/forums',
      '/api/forum/moderation/queue',
    ]) {
      expect({ path, status: (await t.http().get(path).set('Authorization', `Bearer ${lead}`)).status }).toEqual({ path, status: 403 });
    }
  });
});
