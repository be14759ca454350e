import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { GuardianChildView } from '@nabij/guardians/contracts';
import { GuardianChildPage } from './guardian-child.page';

const view: GuardianChildView = {
  linkId: 'link-1',
  childName: 'Amira El Idrissi',
  workerName: 'Youssef Amrani',
  caseClosed: false,
  appointments: [
    {
      id: 'a1',
      kind: 'face_to_face',
      startsAt: '2026-12-03T09:00:00.000Z',
      durationMinutes: 45,
      location: 'Op school, kamer 1.12',
      status: 'planned',
    },
  ],
  documents: null,
  messages: [
    { id: 'm1', from: 'worker', senderName: 'Youssef Amrani', body: 'Welkom, fijn dat u meedenkt.', createdAt: '2026-11-20T10:00:00.000Z' },
  ],
};

async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe("GuardianChildPage (the parent's view of one child)", () => {
  let http: HttpTestingController;

  function open(linkId = 'link-1') {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(GuardianChildPage);
    fixture.componentRef.setInput('linkId', linkId);
    fixture.detectChanges();
    return fixture;
  }
  afterEach(() => http.verify());

  it('shows in plain Dutch the appointments and the parent thread, and no documents part when those are not shared', async () => {
    const fixture = open();
    http.expectOne('/api/guardians/children/link-1').flush(view);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toContain('Over Amira El Idrissi');
    expect(el.textContent).toContain('Hulpverlener: Youssef Amrani');
    expect(el.textContent).toContain('Op school, kamer 1.12');
    expect(el.textContent).toContain('45 minuten');
    expect(el.textContent).toContain('De berichten van je kind zie je niet.');
    expect(el.textContent).toContain('Welkom, fijn dat u meedenkt.');
    expect(el.textContent).not.toContain('Documenten');
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent?.trim())).toEqual(['Afspraken', 'Berichten met de hulpverlener']);
  });

  it('sends a message in the parent thread and shows it', async () => {
    const fixture = open();
    http.expectOne('/api/guardians/children/link-1').flush(view);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const box = el.querySelector('textarea') as HTMLTextAreaElement;
    expect(el.querySelector(`label[for="${box.id}"]`)?.textContent).toContain('Jouw bericht');
    box.value = 'Dank u wel, tot dan.';
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne('/api/guardians/children/link-1/messages');
    expect(req.request.body).toEqual({ body: 'Dank u wel, tot dan.' });
    req.flush({
      id: 'm2',
      from: 'guardian',
      senderName: 'Fatima El Idrissi',
      body: 'Dank u wel, tot dan.',
      createdAt: '2026-11-21T10:00:00.000Z',
    });
    await settle(fixture);
    fixture.detectChanges();
    expect(el.textContent).toContain('Dank u wel, tot dan.');
    expect(el.textContent).toContain('Je bericht is verstuurd.');
  });

  it('says the parent cannot see this (any more) when the API answers 404, e.g. after the pupil withdrew consent', async () => {
    const fixture = open();
    http.expectOne('/api/guardians/children/link-1').flush({ message: 'not found' }, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Je kunt dit niet (meer) zien.');
  });
});
