import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ConversationAllowance, ExtensionForLead } from '@nabij/time/contracts';
import { ConversationAllowanceComponent } from './conversation-allowance.component';
import { ExtensionRequestsComponent } from './extension-requests.component';

async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

const allowance = (over: Partial<ConversationAllowance> = {}): ConversationAllowance => ({
  caseId: 'case-1',
  kindOfWork: 'algemeen_mw',
  limit: 5,
  approvedExtra: 0,
  allowed: 5,
  used: 3,
  left: 2,
  pending: null,
  lastDecided: null,
  ...over,
});

describe('ConversationAllowanceComponent', () => {
  async function setup(view: ConversationAllowance) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ConversationAllowanceComponent);
    fixture.componentRef.setInput('caseId', 'case-1');
    fixture.detectChanges();
    http.expectOne('/api/time/cases/case-1/conversations').flush(view);
    await settle(fixture);
    return { http, fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('says how many conversations are left', async () => {
    const { el, http } = await setup(allowance());
    expect(el.querySelector('h2')?.textContent).toContain('Gesprekken');
    expect(el.textContent).toContain('Nog 2 van 5 gesprekken');
    expect(el.textContent).not.toContain('alle gesprekken gehad');
    http.verify();
  });

  it('shows nothing for a kind of work without a limit', async () => {
    const { el } = await setup(allowance({ limit: null, allowed: null, left: null }));
    expect(el.textContent?.trim()).toBe('');
  });

  it('at the limit: says so, opens the form, warns against client details and sends the request', async () => {
    const { el, http, fixture } = await setup(allowance({ used: 5, left: 0 }));
    expect(el.textContent).toContain('Je hebt alle gesprekken gehad');
    expect(el.querySelector('details')?.open).toBe(true);
    const reason = el.querySelector('input[name=reason]') as HTMLInputElement;
    const hint = el.querySelector(`#${reason.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toContain('Schrijf geen gegevens van de cliënt op');
    // Empty: named, nothing sent.
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    http.verify();
    reason.value = '  Er kwamen schulden bij.  ';
    (el.querySelector('select[name=reasonCategory]') as HTMLSelectElement).value = 'more_problems';
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const req = http.expectOne((r) => r.method === 'POST');
    expect(req.request.url).toBe('/api/time/cases/case-1/extensions');
    expect(req.request.body).toEqual({ extra: 2, reasonCategory: 'more_problems', reason: 'Er kwamen schulden bij.' });
    req.flush({});
    await settle(fixture);
    http.expectOne('/api/time/cases/case-1/conversations').flush(
      allowance({
        used: 5,
        left: 0,
        pending: {
          id: 'x1',
          caseId: 'case-1',
          extra: 2,
          reasonCategory: 'more_problems',
          reason: 'r',
          status: 'pending',
          requestedAt: '2026-03-04T09:00:00Z',
          decidedAt: null,
        },
      }),
    );
    await settle(fixture);
    expect(el.textContent).toContain('Je aanvraag is verstuurd');
    expect(el.textContent).toContain('Je vroeg 2 extra gesprekken');
    expect(el.querySelector('form')).toBeNull();
    http.verify();
  });
});

describe('ExtensionRequestsComponent', () => {
  const request: ExtensionForLead = {
    id: 'x1',
    caseId: 'case-1',
    extra: 2,
    reasonCategory: 'crisis',
    reason: 'Nog twee gesprekken nodig.',
    status: 'pending',
    requestedAt: '2026-03-04T09:00:00Z',
    decidedAt: null,
    workerId: 'w1',
    workerName: 'Ans de Vries',
    kindOfWork: 'algemeen_mw',
    used: 5,
    allowed: 5,
  };

  it('lists the requests and approves one in one click, then shows the list again', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ExtensionRequestsComponent);
    fixture.detectChanges();
    http.expectOne('/api/time/extensions?status=pending').flush([request]);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const row = el.querySelector('tbody tr')!;
    expect(row.textContent).toContain('Ans de Vries');
    expect(row.textContent).toContain('Algemeen maatschappelijk werk');
    expect(row.textContent).toContain('5 van 5');
    expect(row.textContent).toContain('Crisis: Nog twee gesprekken nodig.');
    const approve = row.querySelector('button') as HTMLButtonElement;
    expect(approve.getAttribute('aria-label')).toBe('2 extra gesprekken van Ans de Vries goedkeuren');
    approve.click();
    http.expectOne((r) => r.method === 'POST' && r.url === '/api/time/extensions/x1/approve').flush({ ...request, status: 'approved' });
    await settle(fixture);
    http.expectOne('/api/time/extensions?status=pending').flush([]);
    await settle(fixture);
    expect(el.textContent).toContain('Goedgekeurd. Ans de Vries krijgt bericht.');
    expect(el.textContent).toContain('Er wachten geen aanvragen.');
    http.verify();
  });
});
