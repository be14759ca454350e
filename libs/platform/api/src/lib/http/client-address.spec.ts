import express, { type Request, type Response } from 'express';
import request from 'supertest';
import { rememberClientAddress } from './client-address';

function buildApp(remember: boolean): express.Express {
  const app = express();
  app.set('trust proxy', 'loopback');
  if (remember) rememberClientAddress(app);
  app.get('/who', (req: Request, res: Response) => {
    const first = { ip: req.ip, ips: req.ips };
    res.json({ first, again: { ip: req.ip, ips: req.ips } });
  });
  return app;
}

const CASES: Array<Record<string, string>> = [
  {},
  { 'x-forwarded-for': '203.0.113.7' },
  { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' },
  { 'x-forwarded-for': '203.0.113.7, 127.0.0.1' },
  { 'x-forwarded-for': '2001:db8::1' },
  { 'x-forwarded-for': 'not-an-address' },
];

describe('rememberClientAddress', () => {
  it('gives req.ip and req.ips exactly as Express works them out, on every read', async () => {
    for (const headers of CASES) {
      const plain = await request(buildApp(false)).get('/who').set(headers);
      const remembered = await request(buildApp(true)).get('/who').set(headers);
      expect(remembered.body).toEqual(plain.body);
      expect(remembered.body.again).toEqual(remembered.body.first);
    }
  });

  it('works the address out once per request, and again for the next request', async () => {
    const app = express();
    app.set('trust proxy', 'loopback');
    // Count the reads of Express's own getter under the remembering one.
    let computed = 0;
    const expressIp = Object.getOwnPropertyDescriptor(express.request, 'ip')?.get as () => unknown;
    Object.defineProperty(app.request, 'ip', {
      configurable: true,
      get(this: unknown) {
        computed++;
        return expressIp.call(this);
      },
    });
    rememberClientAddress(app);
    app.get('/who', (req: Request, res: Response) => res.json([req.ip, req.ip, req.ip]));
    const a = await request(app).get('/who').set('x-forwarded-for', '203.0.113.7');
    const b = await request(app).get('/who').set('x-forwarded-for', '198.51.100.9');
    expect(a.body).toEqual(['203.0.113.7', '203.0.113.7', '203.0.113.7']);
    expect(b.body).toEqual(['198.51.100.9', '198.51.100.9', '198.51.100.9']);
    expect(computed).toBe(2);
  });
});
