import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Router, type NextFunction, type Request, type Response } from 'express';

/** What this file needs of an Express 5 router layer. */
interface Layer {
  route?: { path: unknown; _handlesMethod(method: string): boolean };
}
type Handler = ((req: Request, res: Response, next: NextFunction) => void) & { stack: Layer[] };
interface ExpressApp {
  router: Handler;
}

/** `/api/<segment>` of a route's path when that segment is plain text (no parameter, wildcard or group). */
function literalSegment(path: unknown): string | null {
  if (typeof path !== 'string' || !path.startsWith('/api/')) return null;
  const end = path.indexOf('/', 5);
  const segment = path.slice(5, end === -1 ? undefined : end);
  return /^[A-Za-z0-9._~-]+$/.test(segment) ? segment.toLowerCase() : null;
}

/**
 * Express 5 walks its list of routes for every request, trying each pattern in turn until one
 * matches: with ~370 routes a request tried up to a few hundred regular expressions (and paused
 * with `setImmediate` after every 100), a measurable part of each API request (issue 12). This puts
 * every run of consecutive routes whose paths start with a plain `/api/<segment>` behind one
 * layer that looks the request's segment up and walks only that segment's routes, in their
 * original order. A request can only match routes whose path starts with its own segment (Express
 * compares paths case-insensitively, as does the look-up), so the same route answers as before;
 * a segment without routes goes on past the run, to the next middleware (Nest's 404).
 * OPTIONS requests skip the index: no indexed route answers them (routes that do are left in the
 * list), and walking a segment's router would make it answer `Allow: …` itself where the app
 * answers 404.
 *
 * Returns how many route layers were put behind an index.
 */
export function indexRoutesByFirstSegment(app: ExpressApp): number {
  const stack = app.router.stack;
  const layers = [...stack];
  let indexed = 0;
  const result: Layer[] = [];
  let run: Array<{ layer: Layer; segment: string }> = [];
  const flush = () => {
    if (run.length < 2) {
      result.push(...run.map((r) => r.layer));
    } else {
      result.push(segmentDispatcher(app, run));
      indexed += run.length;
    }
    run = [];
  };
  for (const layer of layers) {
    // Routes that answer OPTIONS (@All, @Options) stay in the list: the index lets OPTIONS pass.
    const segment = layer.route && !layer.route._handlesMethod('OPTIONS') ? literalSegment(layer.route.path) : null;
    if (segment === null) {
      flush();
      result.push(layer);
    } else {
      run.push({ layer, segment });
    }
  }
  flush();
  stack.splice(0, stack.length, ...result);
  return indexed;
}

/** One `use` layer that hands a request to the router of its `/api/<segment>`. */
function segmentDispatcher(app: ExpressApp, run: Array<{ layer: Layer; segment: string }>): Layer {
  const routers = new Map<string, Handler>();
  for (const { layer, segment } of run) {
    let router = routers.get(segment);
    if (!router) routers.set(segment, (router = Router() as unknown as Handler));
    router.stack.push(layer);
  }
  const dispatch = (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'OPTIONS') return next();
    const path = req.path;
    if (path.length < 6 || path.slice(0, 5).toLowerCase() !== '/api/') return next();
    const end = path.indexOf('/', 5);
    const router = routers.get(path.slice(5, end === -1 ? undefined : end).toLowerCase());
    if (!router) return next();
    router(req, res, next);
  };
  // Made by the app's own router (a `use` layer on `/`), then taken off its end.
  (app.router as unknown as Router).use(dispatch);
  return app.router.stack.pop() as Layer;
}

/** Indexes the app's routes once Nest has registered them all (after init, before it listens). */
@Injectable()
export class RouteIndex implements OnApplicationBootstrap {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const instance = this.adapterHost.httpAdapter?.getInstance?.() as ExpressApp | undefined;
    if (instance?.router?.stack) indexRoutesByFirstSegment(instance);
  }
}
