import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18n, useTexts } from '@nabij/platform/portal';
import { ERASURE_RULES, type DeletionRequestView } from '@nabij/privacy/contracts';
import { DeletionRequestComponent } from './deletion-request.component';
import { privacyTexts } from './privacy.i18n';

async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
}

const open: DeletionRequestView = {
  id: 'r1',
  status: 'requested',
  reason: null,
  createdAt: '2026-11-03T09:00:00.000Z',
  handledAt: null,
  decisionNote: null,
};

async function setup(mine: DeletionRequestView[]) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  TestBed.runInInjectionContext(() => useTexts(privacyTexts));
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(DeletionRequestComponent);
  fixture.detectChanges();
  http.expectOne('/api/privacy/deletion-requests/mine').flush(mine);
  await settle(fixture);
  const el = fixture.nativeElement as HTMLElement;
  const button = (text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement;
  return { http, fixture, el, button };
}

describe('DeletionRequestComponent', () => {
  it('explains what is deleted and what is kept, including the 5-year access log', async () => {
    const { el } = await setup([]);
    expect(el.querySelectorAll('nb-erasure-plan li')).toHaveLength(ERASURE_RULES.length);
    // Every kind has its own name in the text layer (no raw key shown).
    expect(el.textContent).not.toContain('privacy.rule.kind.');
    expect(el.textContent).toContain('Blijft bewaard');
    expect(el.textContent).toContain('5 jaar');
  });

  it('shows the rules in Polish to a Polish reader, not in Dutch', async () => {
    localStorage.setItem('nabij.lang', 'pl');
    try {
      const { el, fixture } = await setup([]);
      await TestBed.inject(I18n).ready();
      await settle(fixture);
      const accessLog = el.querySelector('nb-erasure-plan li[data-kind="access_log"]')!.textContent!;
      expect(accessLog).toContain('Prawo (NEN 7513) wymaga przechowywania go przez 5 lat.');
      expect(accessLog).not.toContain('De wet (NEN 7513)');
      expect(el.querySelector('nb-erasure-plan li[data-kind="dossier"]')!.textContent).toContain('Twoja teczka');
    } finally {
      localStorage.removeItem('nabij.lang');
    }
  });

  it('asks only after confirming, sends the reason and says what happens next', async () => {
    const { http, fixture, el, button } = await setup([]);
    const reason = el.querySelector('textarea[name="reason"]') as HTMLTextAreaElement;
    reason.value = 'Ik ben verhuisd.';
    reason.dispatchEvent(new Event('input'));
    button('Vraag om verwijdering').click();
    await settle(fixture);
    http.expectNone('/api/privacy/deletion-requests');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Weet je het zeker?');
    button('Ja, vraag het').click();
    const req = http.expectOne('/api/privacy/deletion-requests');
    expect(req.request.body).toEqual({ reason: 'Ik ben verhuisd.' });
    req.flush({ ...open, reason: 'Ik ben verhuisd.' });
    await settle(fixture);
    expect(el.textContent).toContain('Je vraag is verstuurd');
    expect(button('Vraag intrekken')).toBeTruthy();
    http.verify();
  });

  it('shows an open request and withdraws it', async () => {
    const { http, fixture, el, button } = await setup([open]);
    expect(el.textContent).toContain('Je hebt gevraagd om je gegevens te verwijderen op 3 november 2026');
    expect(el.querySelector('textarea')).toBeNull();
    button('Vraag intrekken').click();
    http
      .expectOne('/api/privacy/deletion-requests/r1/withdraw')
      .flush({ ...open, status: 'withdrawn', handledAt: '2026-11-04T09:00:00.000Z' });
    await settle(fixture);
    expect(el.textContent).toContain('Je vraag is ingetrokken. Er is niets verwijderd.');
    expect(button('Vraag om verwijdering')).toBeTruthy();
  });

  it('shows why a request was declined', async () => {
    const { el } = await setup([
      { ...open, status: 'declined', decisionNote: 'Je traject loopt nog.', handledAt: '2026-11-05T09:00:00.000Z' },
    ]);
    expect(el.textContent).toContain('is niet uitgevoerd');
    expect(el.textContent).toContain('Uitleg: Je traject loopt nog.');
  });

  it('says a request is already open when the API answers 409', async () => {
    const { http, fixture, el, button } = await setup([]);
    button('Vraag om verwijdering').click();
    await settle(fixture);
    button('Ja, vraag het').click();
    http
      .expectOne('/api/privacy/deletion-requests')
      .flush({ statusCode: 409, error: 'Conflict', message: 'x', code: 'deletion_request_open' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Je hebt al een vraag die nog loopt.');
  });
});
