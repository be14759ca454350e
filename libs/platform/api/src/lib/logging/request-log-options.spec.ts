import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestId } from './request-log-options';

function idFor(remoteAddress: string, given?: string): { id: string; header: string } {
  const headers: Record<string, string> = {};
  const req = { headers: given ? { 'x-request-id': given } : {}, socket: { remoteAddress } } as unknown as IncomingMessage;
  const res = { setHeader: (n: string, v: string) => (headers[n] = v) } as unknown as ServerResponse;
  const id = requestId(req, res);
  return { id, header: headers['X-Request-Id'] };
}

describe('requestId', () => {
  it('keeps the id of a proxy on loopback and echoes it', () => {
    expect(idFor('127.0.0.1', 'edge-1234')).toEqual({ id: 'edge-1234', header: 'edge-1234' });
    expect(idFor('::ffff:127.0.0.1', 'edge-1234').id).toBe('edge-1234');
    expect(idFor('::1', 'edge-1234').id).toBe('edge-1234');
  });

  it('makes its own id when the header comes from elsewhere or is not id-shaped', () => {
    expect(idFor('203.0.113.9', 'edge-1234').id).toMatch(/^[0-9a-f-]{36}$/);
    expect(idFor('127.0.0.1', 'a b').id).toMatch(/^[0-9a-f-]{36}$/);
    expect(idFor('127.0.0.1', 'x'.repeat(129)).id).toMatch(/^[0-9a-f-]{36}$/);
    const made = idFor('127.0.0.1');
    expect(made.header).toBe(made.id);
  });
});
