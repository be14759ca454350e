import {
  Body,
  Controller,
  Get,
  Head,
  HttpCode,
  INestApplication,
  Module,
  NotFoundException,
  Param,
  Post,
  Query,
  Redirect,
  Req,
  Res,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { IncomingMessage, ServerResponse, type Server } from 'node:http';
import request from 'supertest';
import { NabijHttpAdapter } from './http-adapter';

@Controller('probe')
class ProbeController {
  @Get('json/:id')
  json(@Param('id') id: string, @Query('q') q: string | undefined, @Req() req: Request) {
    return {
      id,
      q: q ?? null,
      ip: req.ip,
      ips: req.ips,
      hostname: req.hostname,
      agent: req.get('user-agent') ?? null,
      path: req.path,
      protocol: req.protocol,
      xhr: req.xhr,
    };
  }

  @Post('echo')
  @HttpCode(201)
  echo(@Body() body: unknown) {
    return { body };
  }

  @Get('missing')
  missing(): never {
    throw new NotFoundException({ message: 'Not here.', code: 'probe.missing' });
  }

  @Get('express')
  express(@Res() res: Response): void {
    res.status(202).set('X-Probe', 'yes').cookie('probe', 'value', { httpOnly: true, path: '/api' }).type('text').send('plain text');
  }

  @Get('moved')
  @Redirect('/api/probe/json/moved', 302)
  moved(): void {
    return undefined;
  }

  @Head('head')
  head(@Res() res: Response): void {
    res.set('X-Head', '1').end();
  }

  @Get('thrown')
  thrown(): never {
    throw new Error('boom');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

async function start(adapter: ExpressAdapter): Promise<INestApplication> {
  const app = await NestFactory.create(ProbeModule, adapter, { logger: false });
  app.setGlobalPrefix('api');
  (app.getHttpAdapter().getInstance() as { set(k: string, v: unknown): void }).set('trust proxy', 'loopback');
  await app.init();
  return app;
}

/** What a client sees of an answer, without what differs per answer (the date). */
async function answers(app: INestApplication) {
  const server = app.getHttpServer();
  const seen = [
    await request(server).get('/api/probe/json/7?q=hallo').set('X-Forwarded-For', '203.0.113.9').set('X-Requested-With', 'XMLHttpRequest'),
    await request(server)
      .post('/api/probe/echo')
      .send({ a: [1, 2, { b: 'c' }] }),
    await request(server).post('/api/probe/echo').set('Content-Type', 'application/json').send('{"broken'),
    await request(server).get('/api/probe/missing'),
    await request(server).get('/api/probe/express'),
    await request(server).get('/api/probe/moved').redirects(0),
    await request(server).head('/api/probe/head'),
    await request(server).get('/api/probe/thrown'),
    await request(server).get('/api/nothing-here'),
  ];
  return seen.map((res) => {
    const headers = { ...res.headers };
    delete headers['date'];
    return { status: res.status, headers, text: res.text };
  });
}

describe('NabijHttpAdapter', () => {
  let stock: INestApplication;
  let ours: INestApplication;

  beforeAll(async () => {
    stock = await start(new ExpressAdapter());
    ours = await start(new NabijHttpAdapter());
  });
  afterAll(async () => {
    await stock?.close();
    await ours?.close();
  });

  it('answers every request exactly as Nest’s own Express adapter does', async () => {
    const expected = await answers(stock);
    const actual = await answers(ours);
    expect(actual).toEqual(expected);
    // The answers say something: the address behind the trusted proxy, the body, the errors.
    expect(JSON.parse(actual[0].text)).toMatchObject({ id: '7', q: 'hallo', ip: '203.0.113.9', xhr: true });
    expect(actual.map((a) => a.status)).toEqual([200, 201, 400, 404, 202, 302, 200, 500, 404]);
  });

  it('builds requests and responses with the app’s prototypes already, so Express does not change them', async () => {
    const express = ours.getHttpAdapter().getInstance() as { request: object; response: object };
    const server = ours.getHttpServer() as Server;
    const built: Array<{ req: object; res: object }> = [];
    const listener = (req: IncomingMessage, res: ServerResponse) =>
      built.push({ req: Object.getPrototypeOf(req), res: Object.getPrototypeOf(res) });
    server.prependListener('request', listener);
    try {
      await request(server).get('/api/probe/json/1');
    } finally {
      server.off('request', listener);
    }
    expect(built).toEqual([{ req: express.request, res: express.response }]);
    const stockExpress = stock.getHttpAdapter().getInstance() as { request: object };
    const stockServer = stock.getHttpServer() as Server;
    const stockBuilt: object[] = [];
    const stockListener = (req: IncomingMessage) => stockBuilt.push(Object.getPrototypeOf(req));
    stockServer.prependListener('request', stockListener);
    try {
      await request(stockServer).get('/api/probe/json/1');
    } finally {
      stockServer.off('request', stockListener);
    }
    // Nest's own adapter hands Express a plain IncomingMessage, whose prototype Express then changes.
    expect(stockBuilt).toEqual([IncomingMessage.prototype]);
    expect(stockBuilt[0]).not.toBe(stockExpress.request);
  });

  it('keeps requests and responses what Node and Express say they are', async () => {
    const server = ours.getHttpServer() as Server;
    const kinds: boolean[] = [];
    const listener = (req: IncomingMessage, res: ServerResponse) =>
      kinds.push(
        req instanceof IncomingMessage,
        res instanceof ServerResponse,
        typeof (req as unknown as Request).get === 'function',
        typeof (res as unknown as Response).json === 'function',
      );
    server.prependListener('request', listener);
    try {
      await request(server).get('/api/probe/json/1');
    } finally {
      server.off('request', listener);
    }
    expect(kinds).toEqual([true, true, true, true]);
  });
});
