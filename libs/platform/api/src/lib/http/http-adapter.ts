import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';

/** What this file needs of an Express app: the prototypes it gives its requests and responses. */
interface ExpressPrototypes {
  request: object;
  response: object;
}

/**
 * The request and response classes for a server in front of `app`: subclasses of Node's
 * `IncomingMessage` and `ServerResponse` whose prototypes chain through the app's own
 * (`app.request`, `app.response`, where Express keeps `req.ip`, `res.json` and the rest), which
 * become the app's prototypes in their place.
 *
 * Why: Express 5 gives every request and response its app's prototypes when it starts handling
 * them (`Object.setPrototypeOf(req, app.request)` in `app.handle`). An object whose prototype
 * changes after it was built no longer shares V8's hidden classes with its kind: each property
 * added to it afterwards (Express, Nest, our request log and guards add dozens per request) makes
 * a hidden class of its own, and every read of a request or response property misses V8's
 * caches. Built with these classes, a request already has the app's prototype and Express's
 * `setPrototypeOf` changes nothing. An Express app on Node 20 answering one route (50 keep-alive
 * connections, CPU per request of the server): 105 µs as Express serves it, 30 µs with these
 * classes; adding seven properties to each request cost 25 µs more before, nothing after (issue 12,
 * README, Performance).
 */
export function prototypeClasses(app: ExpressPrototypes): {
  IncomingMessage: typeof IncomingMessage;
  ServerResponse: typeof ServerResponse;
} {
  class Request extends IncomingMessage {}
  class Response extends ServerResponse {}
  Object.setPrototypeOf(Request.prototype, app.request);
  Object.setPrototypeOf(Response.prototype, app.response);
  app.request = Request.prototype;
  app.response = Response.prototype;
  return { IncomingMessage: Request, ServerResponse: Response as typeof ServerResponse };
}

/**
 * Nest's Express adapter with a server that builds its requests and responses with
 * `prototypeClasses`. Every app that `configureApp` sets up is made with it (main.ts, the test
 * apps, the benchmarks): `NestFactory.create(module, new NabijHttpAdapter(), options)`.
 */
export class NabijHttpAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    const app = this.getInstance();
    const classes = prototypeClasses(app);
    this.httpServer = options?.httpsOptions ? createTlsServer({ ...options.httpsOptions, ...classes }, app) : createServer(classes, app);
    // As ExpressAdapter does (a private method there): connections closed on app.close().
    if (options?.forceCloseConnections) (this as unknown as { trackOpenConnections(): void }).trackOpenConnections();
  }
}
