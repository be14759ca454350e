import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuthStore } from '@nabij/platform/portal';
import { DeletionRequestDetail, ERASURE_RULES } from '@nabij/privacy/contracts';
import { PrivacyRequestsPage } from './privacy-requests.page';

async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
}

const item = {
  id: 'r1',
  clientId: 'c1',
  clientName: 'Sanne de Vries',
  status: 'requested' as const,
  createdAt: '2026-11-03T09:00:00.000Z',
};
const detail: DeletionRequestDetail = {
  ...item,
  reason: 'Ik ben verhuisd.',
  handledAt: null,
  handledBy: null,
  decisionNote: null,
  plan: ERASURE_RULES.map((r) => ({ ...r, count: r.kind === 'messages' ? 12 : null })),
};

async function setup(role: 'worker' | 'admin') {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), { provide: AuthStore, useValue: { user: signal({ role }) } }],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PrivacyRequestsPage);
  fixture.detectChanges();
  http.expectOne('/api/privacy/deletion-requests').flush([item]);
  if (role === 'admin') http.expectOne('/api/privacy/retention').flush({ retentionYears: 7 });
  await settle(fixture);
  const el = fixture.nativeElement as HTMLElement;
  const button = (text: string) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement | undefined;
  const openRequest = async () => {
    button('Sanne de Vries')!.click();
    http.expectOne('/api/privacy/deletion-requests/r1').flush(detail);
    await settle(fixture);
  };
  return { http, fixture, el, button, openRequest };
}

describe('PrivacyRequestsPage', () => {
  it('lists open requests and shows the plan with counts and the reason', async () => {
    const { el, openRequest } = await setup('worker');
    expect(el.textContent).toContain('Bekijk verzoek van Sanne de Vries');
    await openRequest();
    expect(el.textContent).toContain('Reden van de cliënt: Ik ben verhuisd.');
    const messages = el.querySelector('nb-erasure-plan li[data-kind="messages"]')!;
    expect(messages.textContent).toContain('Wordt verwijderd');
    expect(messages.textContent).toContain('12');
  });

  it('gives a worker no execute button, only decline', async () => {
    const { button, openRequest } = await setup('worker');
    await openRequest();
    expect(button('Verwijderen uitvoeren')).toBeUndefined();
    expect(button('Verzoek afwijzen')).toBeTruthy();
  });

  it('executes only after the admin confirms, then removes the request from the list', async () => {
    const { http, fixture, el, button, openRequest } = await setup('admin');
    await openRequest();
    button('Verwijderen uitvoeren')!.click();
    await settle(fixture);
    http.expectNone('/api/privacy/deletion-requests/r1/execute');
    expect(el.querySelector('.confirm')?.textContent).toContain('Dit kan niet ongedaan worden gemaakt');
    button('Ja, verwijder nu')!.click();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/privacy/deletion-requests/r1/execute')
      .flush({ ...detail, status: 'executed' });
    await settle(fixture);
    expect(el.textContent).toContain('Uitgevoerd. De cliënt krijgt een mail.');
    expect(button('Sanne de Vries')).toBeUndefined();
  });

  it('asks for a note before declining, then declines with it after confirming', async () => {
    const { http, fixture, el, button, openRequest } = await setup('worker');
    await openRequest();
    button('Verzoek afwijzen')!.click();
    await settle(fixture);
    expect(el.textContent).toContain('Schrijf een uitleg voor de cliënt.');
    const note = el.querySelector('textarea[name="note"]') as HTMLTextAreaElement;
    expect(note.getAttribute('aria-invalid')).toBe('true');
    note.value = 'Je traject loopt nog.';
    note.dispatchEvent(new Event('input'));
    button('Verzoek afwijzen')!.click();
    await settle(fixture);
    button('Ja, wijs af')!.click();
    const req = http.expectOne('/api/privacy/deletion-requests/r1/decline');
    expect(req.request.body).toEqual({ note: 'Je traject loopt nog.' });
    req.flush({ ...detail, status: 'declined' });
    await settle(fixture);
    expect(el.textContent).toContain('Afgewezen.');
  });
});

describe('RetentionSettingComponent (on the admin page)', () => {
  it('shows the current term, refuses 0 without asking the API, and saves 12', async () => {
    const { http, fixture, el } = await setup('admin');
    const input = el.querySelector('#retention-years') as HTMLInputElement;
    expect(input.value).toBe('7');
    input.value = '0';
    input.dispatchEvent(new Event('input'));
    el.querySelector('nb-retention-setting form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    http.expectNone('/api/privacy/retention');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    el.querySelector('nb-retention-setting form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/privacy/retention');
    expect(req.request.body).toEqual({ retentionYears: 12 });
    req.flush({ retentionYears: 12 });
    await settle(fixture);
    expect(el.textContent).toContain('Opgeslagen: 12 jaar.');
  });
});
