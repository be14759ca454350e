import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { static as serveStatic, type NextFunction, type Request, type Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { REQUEST_LOG_ROOT } from '../logging/logging.module';
import { requestLog } from '../logging/request-log';
import { MetricsService } from '../metrics/metrics.service';
import { rememberClientAddress } from './client-address';
import { ErrorBodyFilter } from './error-body.filter';
import { NabijHttpAdapter } from './http-adapter';
import { portalCacheControl, precompressedPortalAssets } from './portal-assets';
import { createValidationPipe } from './validation.pipe';
import { rejectDeepJson } from './json-depth.middleware';
import { cspNonce, noStoreForApi, nonceMiddleware, securityHeaders } from './security-headers';

/** Shared by main.ts and the test app builder, so tests run the app exactly as it is served. */
export function configureApp(app: INestApplication): void {
  const config = app.get(AppConfig);
  // Requests built with the app's prototypes (see prototypeClasses): without them every API request
  // costs about twice the CPU, so an app made without the adapter is a mistake, not a choice.
  if (!(app.getHttpAdapter() instanceof NabijHttpAdapter)) {
    throw new Error(
      'configureApp: create the app with new NabijHttpAdapter() (NestFactory.create(module, new NabijHttpAdapter(), options))',
    );
  }
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  // API answers are never cached (no-store), so an ETag (a hash of every body) buys nothing; the
  // portal's files get theirs from the static file server, and index.html differs per answer (nonce).
  express.set('etag', false);
  // X-Forwarded-For counts only from these proxies (TRUST_PROXY), so nobody else can pick the
  // address the per-IP limits and the access log see.
  express.set('trust proxy', config.trustProxy);
  // …worked out once per request (the limit, the audit log and the access log each read it).
  rememberClientAddress(express.getHttpAdapter().getInstance());
  // First, so every API answer (a body parser's 400 too) has its request id and its log line.
  app.use('/api', requestLog(app.get(REQUEST_LOG_ROOT)));
  // With METRICS_TOKEN set, every API request is timed per route template for /api/metrics.
  const metrics = app.get(MetricsService);
  if (metrics.enabled) app.use(metrics.requestTimer());
  // Before the body parsers, so their 400s and 413s carry the same headers.
  app.use(nonceMiddleware());
  app.use(securityHeaders(config));
  app.use(noStoreForApi());
  express.useBodyParser('json', { limit: '1mb' });
  app.use(rejectDeepJson());
  // Only the login routes read a cookie (the refresh token, itself scoped to /api/auth).
  app.use('/api/auth', cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorBodyFilter());
  app.enableShutdownHooks();

  // In production the route map is not handed out unless API_DOCS=true asks for it.
  if (config.apiDocs) {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('Nabij API').setVersion('1').addBearerAuth().build());
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  }

  if (config.portalDir && existsSync(join(config.portalDir, 'index.html'))) {
    servePortal(express, config.portalDir);
  }
}

/** The built Angular portal at `/`; unknown non-API paths get index.html (client-side routes). */
function servePortal(app: NestExpressApplication, dir: string): void {
  // The build writes Brotli and gzip copies next to the bundles (tools/build/precompress.mjs).
  // API requests skip the file lookups (a stat per request) and go straight to the routes.
  const assets = precompressedPortalAssets(dir);
  const files = serveStatic(dir, {
    index: false,
    setHeaders: (res: ServerResponse, path: string) => res.setHeader('Cache-Control', portalCacheControl(path.replace(/\.(br|gz)$/, ''))),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/api/')) return next();
    assets(req, res, (err?: unknown) => (err ? next(err) : files(req, res, next)));
  });
  // index.html carries `ngCspNonce="__CSP_NONCE__"`: each answer gets the nonce its CSP header names.
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  app.use(
    (req: { method: string; path: string }, res: ServerResponse & { type(t: string): void; send(b: string): void }, next: () => void) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && !req.path.startsWith('/api')) {
        res.setHeader('Cache-Control', 'no-cache');
        res.type('html');
        return res.send(index.replaceAll('__CSP_NONCE__', cspNonce(res)));
      }
      next();
    },
  );
}
