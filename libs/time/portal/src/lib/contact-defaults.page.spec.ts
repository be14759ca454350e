import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ContactDefaultsPage } from './contact-defaults.page';

const defaults = { message: 20, homework_feedback: 15, face_to_face: 60, phone: 15 };

/** Lets the awaited HTTP response resolve, then renders. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ContactDefaultsPage);
  http.expectOne('/api/time/defaults').flush(defaults);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const input = (type: string) => el.querySelector(`#default-${type}`) as HTMLInputElement;
  const submit = async () => {
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { http, fixture, el, input, submit };
}

describe('ContactDefaultsPage', () => {
  it('shows the organisation defaults with labels, chat as real duration, and saves a change', async () => {
    const { http, fixture, el, input, submit } = await setup();
    expect(input('message').value).toBe('20');
    expect(el.querySelector('label[for=default-face_to_face]')?.textContent).toContain('Gesprek');
    expect(el.textContent).toContain('werkelijke duur');
    input('message').value = '25';
    await submit();
    const req = http.expectOne((r) => r.url === '/api/time/defaults' && r.method === 'PUT');
    expect(req.request.body).toEqual({ ...defaults, message: 25 });
    req.flush({ ...defaults, message: 25 });
    await settle(fixture);
    expect(el.textContent).toContain('Standaardtijden opgeslagen');
    http.verify();
  });

  it('names invalid fields without calling the API, and marks them aria-invalid', async () => {
    const { http, el, input, submit } = await setup();
    input('phone').value = '0';
    input('homework_feedback').value = '1441';
    await submit();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Huiswerkfeedback, Telefoon');
    expect(input('phone').getAttribute('aria-invalid')).toBe('true');
    expect(input('message').getAttribute('aria-invalid')).toBeNull();
    http.verify();
  });

  it("shows the API's 400 on the field it names", async () => {
    const { http, fixture, el, input, submit } = await setup();
    await submit();
    http
      .expectOne((r) => r.method === 'PUT')
      .flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Check these fields: face_to_face',
          fields: { face_to_face: ['face_to_face must be …'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(input('face_to_face').getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Gesprek');
  });
});
