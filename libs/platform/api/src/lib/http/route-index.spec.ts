import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { indexRoutesByFirstSegment } from './route-index';

/** An app shaped like ours: middleware, routes of several segments (interleaved), a catch-all, a 404. */
function buildApp(): express.Express {
  const app = express();
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Seen', 'yes');
    next();
  });
  const answer = (name: string) => (req: Request, res: Response) => res.json({ name, params: req.params, route: req.route?.path });
  app.get('/api/docs', answer('docs'));
  app.get('/api/dossier/cases', answer('cases'));
  app.get('/api/dossier/cases/:caseId', answer('case'));
  app.get('/api/messages/inbox', answer('inbox'));
  // Declared after a parameter route of the same segment: still shadowed by it, as before.
  app.get('/api/messages/inbox/counts', answer('counts-before-param'));
  app.get('/api/messages/inbox/:threadId', answer('thread'));
  app.get('/api/messages/inbox/counts', answer('counts-after-param'));
  app.post('/api/dossier/cases/:caseId/close', answer('close'));
  app.get('/api/dossier/mine', (req: Request, res: Response, next: NextFunction) => (req.query['skip'] ? next('route') : next()));
  app.get('/api/dossier/mine', answer('mine'));
  app.get('/api/dossier/fail', (_req: Request, _res: Response, next: NextFunction) => next(new Error('boom')));
  app.get('/api/dossier/fail', answer('not-reached'));
  app.get('/api/health', answer('health'));
  app.get('/api/Social-Map/list', answer('capitals'));
  app.all('/api/anything', answer('all-methods'));
  app.get('/api/docs-json', answer('docs-json'));
  app.get('/api{/*splat}', answer('splat'));
  app.get('/api/late', answer('after-splat'));
  app.use((req: Request, res: Response) => res.status(404).json({ notFound: req.path }));
  app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => res.status(500).json({ error: err.message }));
  return app;
}

const REQUESTS: Array<[string, string]> = [
  ['GET', '/api/docs'],
  ['GET', '/api/docs-json'],
  ['GET', '/api/dossier/cases'],
  ['GET', '/api/dossier/cases/'],
  ['GET', '/api/dossier/cases/42'],
  ['GET', '/API/Dossier/Cases/42'],
  ['GET', '/api/dossier/cases/42?x=1'],
  ['GET', '/api/dossier/cases/42/extra'],
  ['HEAD', '/api/dossier/cases/42'],
  ['POST', '/api/dossier/cases/42'],
  ['POST', '/api/dossier/cases/42/close'],
  ['OPTIONS', '/api/dossier/cases/42'],
  ['OPTIONS', '/api/anything'],
  ['DELETE', '/api/anything'],
  ['GET', '/api/messages/inbox'],
  ['GET', '/api/messages/inbox/counts'],
  ['GET', '/api/messages/inbox/7'],
  ['GET', '/api/dossier/mine'],
  ['GET', '/api/dossier/mine?skip=1'],
  ['GET', '/api/dossier/fail'],
  ['GET', '/api/health'],
  ['GET', '/api/social-map/list'],
  ['GET', '/api/unknown/thing'],
  ['POST', '/api/unknown'],
  ['GET', '/api/late'],
  ['GET', '/api'],
  ['GET', '/api/'],
  ['GET', '/api//dossier/cases'],
  ['GET', '/api/dos%73ier/cases'],
  ['GET', '/apix/dossier/cases'],
  ['GET', '/portal/page'],
];

async function answers(app: express.Express): Promise<string[]> {
  const out: string[] = [];
  for (const [method, path] of REQUESTS) {
    const res = await request(app)[method.toLowerCase() as 'get'](path);
    out.push(`${method} ${path} → ${res.status} ${res.headers['allow'] ?? ''} ${res.headers['x-seen'] ?? ''} ${res.text ?? ''}`);
  }
  return out;
}

describe('indexRoutesByFirstSegment', () => {
  it('answers every request exactly as the app without the index', async () => {
    const plain = buildApp();
    const indexed = buildApp();
    expect(indexRoutesByFirstSegment(indexed as never)).toBeGreaterThan(5);
    expect(await answers(indexed)).toEqual(await answers(plain));
  });

  it('replaces runs of plain-segment routes by one layer each, leaving middleware, @All and pattern routes in place', () => {
    const app = buildApp();
    const before = (app as unknown as { router: { stack: unknown[] } }).router.stack.length;
    indexRoutesByFirstSegment(app as never);
    const stack = (app as unknown as { router: { stack: Array<{ route?: { path: string } }> } }).router.stack;
    expect(stack.length).toBeLessThan(before);
    const routes = stack.filter((l) => l.route).map((l) => l.route?.path);
    // Left in the list: the @All route, a run of one (docs-json), the catch-all pattern and the route after it.
    expect(routes).toEqual(['/api/anything', '/api/docs-json', '/api{/*splat}', '/api/late']);
  });
});
