import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EARLY_RESTORE_KEY, SESSION_HINT_KEY } from '@nabij/platform/portal';

/** apps/portal/src/session-restore.js, the script index.html runs before the app (project.json "scripts"). */
const script = readFileSync(join(__dirname, 'session-restore.js'), 'utf8');

describe('session-restore.js', () => {
  const page = window as unknown as Record<string, unknown> & { fetch?: unknown };
  let fetchMock: jest.Mock;
  const run = () => new Function(script)();

  beforeEach(() => {
    localStorage.clear();
    delete page[EARLY_RESTORE_KEY];
    fetchMock = jest.fn();
    page.fetch = fetchMock;
  });
  afterEach(() => delete page.fetch);

  it('starts POST /api/auth/refresh with the cookie on a device that was signed in, for AuthStore to take', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => ({ accessToken: 'token-1' }) });
    run();
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/refresh', expect.objectContaining({ method: 'POST', credentials: 'same-origin' }));
    await expect(page[EARLY_RESTORE_KEY]).resolves.toEqual({ accessToken: 'token-1' });
  });

  it('hands over a refusal as a failed promise', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    fetchMock.mockResolvedValue({ ok: false, status: 401, json: async () => ({}) });
    run();
    await expect(page[EARLY_RESTORE_KEY]).rejects.toThrow('401');
  });

  it('does nothing for a visitor who never signed in here', () => {
    run();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(page[EARLY_RESTORE_KEY]).toBeUndefined();
  });
});
