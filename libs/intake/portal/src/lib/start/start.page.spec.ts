import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PostcodeCheckResponse } from '@nabij/intake/contracts';
import { IntakeStore } from '../intake.store';
import { StartPage } from './start.page';

@Component({ template: '<h1>next</h1>' })
class Next {}

describe('StartPage (postcode check)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: StartPage },
          { path: 'register', component: Next },
          { path: 'referral', component: Next },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/');
    el = harness.routeNativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  /** Lets the page's async continuation (await → navigate/render) run to the end. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }

  async function check(postcode: string): Promise<void> {
    const input = el.querySelector<HTMLInputElement>('input#postcode')!;
    input.value = postcode;
    input.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await harness.fixture.whenStable();
  }

  it('has a labelled postcode field and a submit button', () => {
    expect(el.querySelector('label[for=postcode]')?.textContent).toContain('Je postcode');
    expect(el.querySelector('button[type=submit]')?.textContent).toContain('Controleer');
  });

  it('shows the 400 answer as an error linked to the field', async () => {
    await check('9999 ZZ');
    http.expectOne({ method: 'POST', url: '/api/postcode-check' }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Check these fields: postcode',
        fields: { postcode: ['postcode must be a Dutch postcode'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    const input = el.querySelector<HTMLInputElement>('#postcode')!;
    const error = el.querySelector('#postcode-error')!;
    expect(error.textContent).toContain('Dit is geen goede postcode');
    expect(error.getAttribute('aria-live')).toBe('polite');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain('postcode-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('refuses an obviously wrong postcode without calling the API', async () => {
    await check('12');
    http.expectNone('/api/postcode-check');
    expect(el.querySelector('#postcode-error')?.textContent).toContain('4 cijfers en 2 letters');
  });

  it('sends the canonical postcode and goes to /register when the postcode is served', async () => {
    await check(' 2312ab ');
    const req = http.expectOne('/api/postcode-check');
    expect(req.request.body).toEqual({ postcode: '2312 AB' });
    const served: PostcodeCheckResponse = {
      served: true,
      postcode: '2312 AB',
      checkId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
      expiresAt: '2030-01-01T00:00:00Z',
      financier: 'Leiden',
      financierId: 'f1',
      organisation: 'Kwadraad',
      organisationSlug: 'kwadraad',
    };
    req.flush(served);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/register');
    expect(TestBed.inject(IntakeStore).served()?.financier).toBe('Leiden');
  });

  it('goes to /referral when the postcode is outside the region', async () => {
    await check('1012 AB');
    http.expectOne('/api/postcode-check').flush({ served: false, postcode: '1012 AB', referral: { places: [] } });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/referral');
  });
});
