import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TwoFactorResetComponent } from './two-factor-reset.component';

@Component({
  imports: [TwoFactorResetComponent],
  template: `<nb-two-factor-reset staffId="w1" name="Bram" />`,
})
class Host {}

/** The admin resets a colleague's two-step verification on /medewerkers, after a confirm step. */
describe('TwoFactorResetComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
      await fixture.whenStable();
    }
  }
  const button = (label: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes(label));

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    await settle();
  });
  afterEach(() => {
    http.verify();
    el.remove();
  });

  it('asks first, names the colleague, and cancelling sends nothing', async () => {
    const open = button('Tweestapsverificatie opnieuw instellen')!;
    // WCAG 2.5.3: the visible text is part of the name a speech user says.
    expect(open.getAttribute('aria-label')).toBe('Tweestapsverificatie opnieuw instellen: Bram');
    expect(open.getAttribute('aria-label')).toContain(open.textContent!.trim());
    open.click();
    await settle();
    expect(el.textContent).toContain('Is Bram de telefoon met de app kwijt?');
    expect(document.activeElement).toBe(el.querySelector('.confirm-text'));
    button('Annuleren')!.click();
    await settle();
    expect(http.match(() => true)).toEqual([]);
    expect(document.activeElement).toBe(el.querySelector('.reset-open'));
  });

  it('resets after the confirm and announces it', async () => {
    button('Tweestapsverificatie opnieuw instellen')!.click();
    await settle();
    button('Ja, opnieuw instellen')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/organisation/staff/w1/two-factor/reset' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el.querySelector('[role=status]')?.textContent).toContain('De tweestapsverificatie van Bram is gewist.');
  });

  it('tells an admin without a second factor in this login to log in again', async () => {
    button('Tweestapsverificatie opnieuw instellen')!.click();
    await settle();
    button('Ja, opnieuw instellen')!.click();
    http
      .expectOne('/api/organisation/staff/w1/two-factor/reset')
      .flush({ statusCode: 403, code: 'two_factor_required', message: 'x' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Log eerst opnieuw in met je wachtwoord en de code uit je app.');
  });
});
