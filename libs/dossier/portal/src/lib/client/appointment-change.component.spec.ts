import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { Appointment } from '@nabij/dossier/contracts';
import { AppointmentChangeComponent } from './appointment-change.component';

const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
const planned: Appointment = {
  id: '6b0a8a43-8a3c-4a43-9a57-0b8f3e1c0d11',
  kind: 'face_to_face',
  startsAt: future,
  durationMinutes: 45,
  location: null,
  note: null,
  status: 'planned',
  change: null,
};

describe('AppointmentChangeComponent', () => {
  let fixture: ComponentFixture<AppointmentChangeComponent>;
  let http: HttpTestingController;
  let el: HTMLElement;
  let emitted: Appointment[];

  async function render(appointment: Appointment, readOnly = false): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AppointmentChangeComponent);
    fixture.componentRef.setInput('caseId', '11111111-1111-4111-8111-111111111111');
    fixture.componentRef.setInput('appointment', appointment);
    fixture.componentRef.setInput('readOnly', readOnly);
    emitted = [];
    fixture.componentInstance.changed.subscribe((a) => emitted.push(a));
    el = fixture.nativeElement;
    await fixture.whenStable();
  }
  const button = (text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  afterEach(() => http.verify());

  it('asks a reason before cancelling, sends it and says the worker gets a message', async () => {
    await render(planned);
    button('Afzeggen').click();
    await fixture.whenStable();
    expect(button('Afzeggen').getAttribute('aria-expanded')).toBe('true');
    button('Afspraak afzeggen').click();
    await settle();
    expect(el.textContent).toContain('Schrijf kort waarom.');
    http.expectNone(() => true);

    const box = el.querySelector('textarea') as HTMLTextAreaElement;
    expect(el.querySelector(`label[for="${box.id}"]`)?.textContent).toContain('Waarom zeg je de afspraak af?');
    box.value = 'Ik moet die dag werken.';
    button('Afspraak afzeggen').click();
    const req = http.expectOne(`/api/dossier/cases/11111111-1111-4111-8111-111111111111/appointments/${planned.id}/cancel`);
    expect(req.request.body).toEqual({ reason: 'Ik moet die dag werken.' });
    const answer: Appointment = { ...planned, status: 'cancelled' };
    req.flush(answer);
    await settle();
    expect(emitted).toEqual([answer]);
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('Je hebt de afspraak afgezegd.');
  });

  it('sends a request to move with the reason', async () => {
    await render(planned);
    button('Andere tijd vragen').click();
    await fixture.whenStable();
    (el.querySelector('textarea') as HTMLTextAreaElement).value = 'Liever in de middag.';
    button('Vraag versturen').click();
    const req = http.expectOne(`/api/dossier/cases/11111111-1111-4111-8111-111111111111/appointments/${planned.id}/move-request`);
    expect(req.request.body).toEqual({ reason: 'Liever in de middag.' });
    req.flush(planned);
    await settle();
    expect(el.textContent).toContain('Je vraag is verstuurd.');
  });

  it('offers no change while a request to move waits, or on a closed case, but still the calendar file', async () => {
    const waiting: Appointment = {
      ...planned,
      change: {
        id: 'x',
        kind: 'move',
        reason: 'Liever in de middag.',
        requestedAt: future,
        previousStartsAt: future,
        answeredAt: null,
        newStartsAt: null,
      },
    };
    await render(waiting);
    expect(button('Afzeggen')).toBeUndefined();
    expect(button('Andere tijd vragen')).toBeUndefined();
    expect(el.textContent).toContain('Je vroeg om een andere tijd: Liever in de middag.');
    expect(button('Zet in mijn agenda')).toBeDefined();
    TestBed.resetTestingModule();
    await render(planned, true);
    expect(button('Afzeggen')).toBeUndefined();
  });
});
