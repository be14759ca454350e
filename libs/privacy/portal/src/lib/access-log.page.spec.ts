import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AccessLogPage } from './access-log.page';

async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(AccessLogPage);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const input = (field: string) => el.querySelector(`#log-${field}`) as HTMLInputElement;
  const submit = async () => {
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { http, fixture, el, input, submit };
}

const entry = {
  id: '1',
  occurredAt: '2026-11-03T09:00:00.000Z',
  actorId: 'a',
  actorName: 'Wendy Werker',
  actorRole: 'worker',
  clientId: 'c',
  clientName: 'Carla Cliënt',
  action: 'read',
  resourceType: 'dossier',
  resourceId: null,
  reason: null,
  ip: null,
};

describe('AccessLogPage', () => {
  it('searches with the filled-in filters and shows entries and flagged staff', async () => {
    const { http, fixture, el, input, submit } = await setup();
    input('from').value = '2026-11-01';
    input('to').value = '2026-11-30';
    await submit();
    const req = http.expectOne((r) => r.url === '/api/privacy/audit-log');
    expect(req.request.params.get('from')).toBe('2026-11-01');
    expect(req.request.params.has('clientId')).toBe(false);
    req.flush({ entries: [entry], total: 1, page: 1, pageSize: 50 });
    await settle(fixture);
    http
      .expectOne((r) => r.url === '/api/privacy/audit-log/unusual')
      .flush([{ actorId: 'a', actorName: 'Wendy Werker', actorRole: 'worker', day: '2026-11-03', clientCount: 14 }]);
    await settle(fixture);
    expect(el.textContent).toContain('Carla Cliënt');
    expect(el.textContent).toContain('3 november 2026 10:00');
    expect(el.textContent).toContain('14');
    http.verify();
  });

  it('names roles, actions and kinds of data in words, keeping the stored type small beside them', async () => {
    const { http, fixture, el, submit } = await setup();
    await submit();
    http
      .expectOne((r) => r.url === '/api/privacy/audit-log')
      .flush({
        entries: [entry, { ...entry, id: '2', actorRole: 'auditor', action: 'export', resourceType: 'chat_transcript' }],
        total: 2,
        page: 1,
        pageSize: 50,
      });
    await settle(fixture);
    const rows = [...el.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!.trim()));
    expect(rows[0].slice(2, 6)).toEqual(['Maatschappelijk werker', 'Carla Cliënt', 'Bekeken', 'Dossier dossier']);
    // A role the portal has no words for yet shows as stored rather than as a key.
    expect(rows[1].slice(2, 6)).toEqual(['auditor', 'Carla Cliënt', 'Gedownload', 'Chat chat_transcript']);
    expect(el.querySelector('tbody .log-type')?.textContent).toBe('dossier');
  });

  it("marks the field the API's 400 names", async () => {
    const { http, fixture, el, input, submit } = await setup();
    input('clientId').value = 'not-an-id';
    await submit();
    http
      .expectOne((r) => r.url === '/api/privacy/audit-log')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'invalid', fields: { clientId: ['must be a UUID'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(input('clientId').getAttribute('aria-invalid')).toBe('true');
    expect(el.textContent).toContain('Cliënt (id)');
    http.verify();
  });
});
