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
  http.expectOne('/api/time/defaults/report-lines').flush({ face_to_face: 60, phone: null });
  http.expectOne('/api/time/limits').flush({ algemeen_mw: 5, hulp_online: null, school_mw: null });
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

  it('shows the report line and conversation limit below, and saves an emptied field as none', async () => {
    const { http, fixture, el } = await setup();
    await settle(fixture);
    const field = (id: string) => el.querySelector(`#${id}`) as HTMLInputElement;
    expect(field('report-face_to_face').value).toBe('60');
    expect(field('report-phone').value).toBe('');
    expect(el.querySelector('label[for=limit-algemeen_mw]')?.textContent).toContain('Algemeen maatschappelijk werk');
    expect(field('limit-algemeen_mw').value).toBe('5');
    field('report-phone').value = '15';
    field('report-face_to_face').value = '';
    (el.querySelector('form[aria-labelledby=report-title]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const req = http.expectOne((r) => r.url === '/api/time/defaults/report-lines' && r.method === 'PUT');
    expect(req.request.body).toEqual({ face_to_face: null, phone: 15 });
    req.flush({ face_to_face: null, phone: 15 });
    await settle(fixture);
    expect(el.textContent).toContain('Verslagtijden opgeslagen');
    // A limit of 0 is named without calling the API.
    field('limit-school_mw').value = '0';
    (el.querySelector('form[aria-labelledby=limit-title]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(el.textContent).toContain('Vul bij Schoolmaatschappelijk werk een heel aantal gesprekken in');
    expect(field('limit-school_mw').getAttribute('aria-invalid')).toBe('true');
    http.verify();
  });
});
