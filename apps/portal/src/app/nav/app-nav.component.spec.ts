import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Role } from '@nabij/platform/contracts';
import { AuthStore } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { AppNavComponent } from './app-nav.component';

@Component({ template: '<h1>Pagina</h1>' })
class Page {}

const user = (role: Role) => ({
  accessToken: 'token',
  expiresIn: 900,
  user: { id: 'u1', email: 'x@y.nl', loginName: null, name: 'Sanne', role, organisation: null, financier: null, team: null },
});

describe('AppNavComponent', () => {
  let http: HttpTestingController;

  async function render(role: Role, url = '/home') {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: Page }])],
    });
    http = TestBed.inject(HttpTestingController);
    const login = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'x@y.nl', password: 'x' }));
    http.expectOne('/api/auth/login').flush(user(role));
    await login;
    await TestBed.inject(Router).navigateByUrl(url);
    const fixture = TestBed.createComponent(AppNavComponent);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }
  const links = (el: HTMLElement) => [...el.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
  const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r));
      await fixture.whenStable();
    }
  };

  it('gives a client five tabs with what waits, the current one marked, asking only client routes', async () => {
    const { fixture, el } = await render('client', '/berichten');
    http.expectOne('/api/forum/counts').flush({ unreadTopics: 2, moderationQueue: 0 });
    http.expectOne('/api/messages/unread-count').flush({ unread: 1 });
    http.expectOne('/api/chat/status').flush({ open: true, closesAt: null, nextOpensAt: null, workersOnDuty: 1 });
    http.expectOne('/api/training-enrolments/mine').flush([]);
    await settle(fixture);
    expect(el.querySelector('nav')?.className).toBe('tab-bar');
    expect(links(el)).toEqual(['/berichten', '/chat', '/training', '/dossier', '/forum']);
    expect(el.querySelector('a[href="/forum"]')!.textContent).toContain('(2 nieuw)');
    const messages = el.querySelector('a[href="/berichten"]')!;
    expect(messages.getAttribute('aria-current')).toBe('page');
    expect(el.querySelector('a[href="/chat"]')!.getAttribute('aria-current')).toBeNull();
    expect(messages.querySelector('.nav-badge')?.textContent).toBe('1');
    // The same words as the home tile and the list: "1 nieuw".
    expect(messages.textContent).toContain('(1 nieuw)');
    expect(el.querySelector('a[href="/chat"]')!.textContent).toContain('De chat is nu open');
    http.verify();
  });

  it('gives a worker the top menu with the counts of the counting routes', async () => {
    const { fixture, el } = await render('worker', '/uren');
    http.expectOne('/api/messages/inbox/counts').flush({ dueSoon: 2, overdue: 1, unread: 4 });
    http.expectOne('/api/chat/queue/count').flush({ waiting: 2 });
    http.expectOne('/api/trainer/training-tasks').flush([{}, {}, {}, {}]);
    http.expectOne('/api/training-cohorts').flush([{ role: 'participant' }]);
    http.expectOne('/api/time/week').flush({ toConfirm: [{}, {}, {}, {}, {}] });
    http.expectOne('/api/library/questions/count').flush({ open: 6 });
    http.expectOne('/api/library/editor-access').flush({ editor: false });
    http.expectOne('/api/dossier/appointment-requests/count').flush({ open: 2 });
    http.expectOne('/api/guardians/unread-count').flush({ unread: 3 });
    http.expectOne('/api/forum/counts').flush({ unreadTopics: 0, moderationQueue: 7 });
    await settle(fixture);
    expect(el.querySelector('nav')?.className).toBe('staff-nav');
    expect(links(el)).toEqual([
      '/inbox',
      '/chat/wachtrij',
      '/huiswerk',
      '/uren',
      '/caseload',
      '/verzoeken',
      '/anonieme-vragen',
      '/bellijst',
      '/sociale-kaart',
      '/forum',
    ]);
    // On screen the word and a number; a screen reader hears the word and what the number means.
    const text = (href: string) => el.querySelector(`a[href="${href}"]`)!.textContent!.trim();
    expect(text('/inbox')).toBe('Inbox3 (3 snel beantwoorden)');
    expect(text('/chat/wachtrij')).toBe('Chat2 (2 wachten)');
    expect(text('/huiswerk')).toBe('Huiswerk4 (4 na te kijken)');
    expect(text('/uren')).toBe('Mijn uren5 (5 te bevestigen)');
    expect(text('/anonieme-vragen')).toBe('Anonieme vragen6 (6 open)');
    expect(text('/forum')).toBe('Forum7 (7 te modereren)');
    expect(text('/verzoeken')).toBe('Verzoeken2 (2 te beantwoorden)');
    expect(text('/caseload')).toBe('Caseload3 (3 nieuw van ouders)');
    expect(el.querySelector('a[href="/uren"]')!.getAttribute('aria-current')).toBe('page');
    http.verify();
  });

  it('gives a worker with the library editor right the editor, and a trainer of a group Groepen, in the menu; no badge when no question waits', async () => {
    const { fixture, el } = await render('worker');
    http.expectOne('/api/messages/inbox/counts').flush({ dueSoon: 0, overdue: 0, unread: 0 });
    http.expectOne('/api/chat/queue/count').flush({ waiting: 0 });
    http.expectOne('/api/trainer/training-tasks').flush([]);
    http.expectOne('/api/training-cohorts').flush([{ role: 'trainer' }]);
    http.expectOne('/api/time/week').flush({ toConfirm: [] });
    http.expectOne('/api/library/questions/count').flush({ open: 0 });
    http.expectOne('/api/library/editor-access').flush({ editor: true });
    http.expectOne('/api/dossier/appointment-requests/count').flush({ open: 0 });
    http.expectOne('/api/guardians/unread-count').flush({ unread: 0 });
    http.expectOne('/api/forum/counts').flush({ unreadTopics: 0, moderationQueue: 0 });
    await settle(fixture);
    expect(links(el)).toEqual([
      '/inbox',
      '/chat/wachtrij',
      '/huiswerk',
      '/groepen',
      '/uren',
      '/caseload',
      '/verzoeken',
      '/anonieme-vragen',
      '/bellijst',
      '/sociale-kaart',
      '/forum',
      '/bibliotheek/beheer',
    ]);
    expect(el.querySelector('a[href="/anonieme-vragen"] .nav-badge')).toBeNull();
    http.verify();
  });

  it('asks a team lead only for their hours, never for cases, messages or the queue', async () => {
    const { fixture, el } = await render('team_lead');
    http.expectOne('/api/time/week').flush({ toConfirm: [] });
    await settle(fixture);
    expect(links(el)).toEqual([
      '/rapportage',
      '/team/heropenen',
      '/chat/rooster',
      '/uren',
      '/bellijsten',
      '/groepen/cijfers',
      '/herinneringen/organisatie',
    ]);
    expect(el.querySelector('.nav-badge')).toBeNull();
    http.verify();
  });

  it('gives an admin the admin pages and asks nothing', async () => {
    const { el } = await render('admin');
    expect(links(el)).toEqual([
      '/teams',
      '/medewerkers',
      '/chat/tijden',
      '/chat/rooster',
      '/rapportage',
      '/privacy-verzoeken',
      '/toegangslog',
      '/bibliotheek/beheer',
      '/sociale-kaart/beheer',
      '/herinneringen/organisatie',
    ]);
    http.verify();
    expect(TestBed.inject(Location).path()).toBe('/home');
  });
});
