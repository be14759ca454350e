import type { HttpTestingController } from '@angular/common/http/testing';
import type { ParticipantCohortView, TrainerCohortView } from '@nabij/trainings/contracts';
import { openRoutedPage } from '../routed-page.testing';
import { ParticipantGroupPage } from './participant-group.page';
import { amsterdamIso, TrainerGroupPage } from './trainer-group.page';

const GROUP: ParticipantCohortView = {
  id: 'c1',
  trainingId: 't1',
  trainingTitle: 'Grip op geld',
  title: 'Grip op geld, groep Leiden-Noord',
  startsOn: '2027-01-12',
  pacing: 'per_session',
  role: 'participant',
  participantCount: 2,
  invitedCount: 0,
  myStatus: 'active',
  nextSession: null,
  trainers: ['Youssef Amrani'],
  members: [
    { displayName: 'Sanne', isMe: true },
    { displayName: 'Zonnetje', isMe: false },
  ],
  sessions: [],
  myNickname: null,
  myEnrolmentId: 'e1',
};

const session = (place: 'room' | 'online') => ({
  id: 's1',
  cohortId: 'c1',
  startsAt: '2027-01-12T18:00:00.000Z',
  endsAt: '2027-01-12T20:00:00.000Z',
  minutes: 120,
  place,
  room: place === 'room' ? 'Buurthuis De Kooi, zaal 1' : null,
  address: place === 'room' ? 'Kooilaan 2, 2315 AK Leiden' : null,
  link: place === 'online' ? 'https://meet.example.nl/groep' : null,
  moduleId: null,
  moduleTitle: null,
  heldAt: null,
});

describe('group trainings in the portal', () => {
  it('reads a date and time typed in as Dutch time, summer and winter', () => {
    expect(amsterdamIso('2027-01-12', '19:00')).toBe('2027-01-12T18:00:00.000Z');
    expect(amsterdamIso('2027-06-15', '19:00')).toBe('2027-06-15T17:00:00.000Z');
    expect(amsterdamIso('2027-01-12', '')).toBeNull();
    expect(amsterdamIso('', '19:00')).toBeNull();
  });

  describe('ParticipantGroupPage', () => {
    let http: HttpTestingController;
    let settle: () => Promise<void>;
    let el: HTMLElement;

    beforeEach(async () => {
      ({ http, el, settle } = await openRoutedPage('training/groep/:cohortId', ParticipantGroupPage, '/training/groep/c1'));
    });

    it('shows the next meeting in a room with its address, and the group by first name or nickname', async () => {
      http.expectOne('/api/training-cohorts/c1').flush({ ...GROUP, nextSession: session('room'), sessions: [session('room')] });
      await settle();
      expect(el.querySelector('h1')?.textContent).toBe('Grip op geld, groep Leiden-Noord');
      expect(el.textContent).toContain('Buurthuis De Kooi, zaal 1, Kooilaan 2, 2315 AK Leiden');
      expect(el.textContent).toContain('12 januari');
      const members = [...el.querySelectorAll('.group-members li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
      expect(members).toEqual(['Sanne (jij)', 'Zonnetje']);
      http.verify();
    });

    it('links an accepted participant to the group forum (which has the group id)', async () => {
      http.expectOne('/api/training-cohorts/c1').flush(GROUP);
      await settle();
      const link = [...el.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent?.trim() === 'Naar het groepsforum');
      expect(link?.getAttribute('href')).toBe('/forum/c1');
    });

    it('gives someone who was only invited no forum link yet', async () => {
      http.expectOne('/api/training-cohorts/c1').flush({ ...GROUP, myStatus: 'invited', myEnrolmentId: null });
      await settle();
      expect(el.querySelector('h1')?.textContent).toBe('Grip op geld, groep Leiden-Noord');
      expect(el.textContent).not.toContain('Naar het groepsforum');
    });

    it('offers "Deelnemen" with the link for an online meeting', async () => {
      http.expectOne('/api/training-cohorts/c1').flush({ ...GROUP, nextSession: session('online'), sessions: [session('online')] });
      await settle();
      const join = [...el.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent?.trim() === 'Deelnemen');
      expect(join?.href).toBe('https://meet.example.nl/groep');
      expect(join?.rel).toContain('noopener');
    });

    it('offers "Deelnemen" into the group video call for a meeting online in Nabij, from 15 minutes before its start', async () => {
      const startsAt = new Date(Date.now() + 10 * 60_000);
      const soon = {
        ...session('online'),
        place: 'video' as const,
        link: null,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
      };
      const later = { ...soon, id: 's2', startsAt: '2099-01-12T18:00:00.000Z', endsAt: '2099-01-12T19:00:00.000Z' };
      http.expectOne('/api/training-cohorts/c1').flush({ ...GROUP, nextSession: soon, sessions: [soon, later] });
      await settle();
      const joins = [...el.querySelectorAll<HTMLAnchorElement>('a')].filter((a) => a.textContent?.trim() === 'Deelnemen');
      expect(joins.map((a) => a.getAttribute('href'))).toEqual(['/video/groep/s1', '/video/groep/s1']);
      expect(el.textContent).toContain('Online in Nabij');
      expect(el.textContent).toContain('Deelnemen kan vanaf 18:45.');
    });

    it('says the group is not found for a stranger (404)', async () => {
      http.expectOne('/api/training-cohorts/c1').flush(null, { status: 404, statusText: 'Not Found' });
      await settle();
      expect(el.textContent).toContain('Deze groep bestaat niet of je hoort er niet bij.');
      expect(el.querySelector('h1')).toBeNull();
    });

    it('saves a nickname and refuses one of a single character without asking the API', async () => {
      http.expectOne('/api/training-cohorts/c1').flush(GROUP);
      await settle();
      const input = el.querySelector<HTMLInputElement>('#group-nickname')!;
      input.value = 'Z';
      input.dispatchEvent(new Event('input'));
      el.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
      await settle();
      expect(el.textContent).toContain('Een bijnaam heeft 2 tot 30 letters of cijfers.');
      http.expectNone('/api/training-cohorts/c1/nickname');
      input.value = 'Zonnebloem';
      input.dispatchEvent(new Event('input'));
      el.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
      const put = http.expectOne('/api/training-cohorts/c1/nickname');
      expect(put.request.body).toEqual({ nickname: 'Zonnebloem' });
      put.flush({ ...GROUP, myNickname: 'Zonnebloem', members: [{ displayName: 'Zonnebloem', isMe: true }] });
      await settle();
      expect(el.textContent).toContain('Opgeslagen.');
    });
  });
});

describe('TrainerGroupPage', () => {
  const view: TrainerCohortView = {
    id: 'c1',
    trainingId: 't1',
    trainingTitle: 'Grip op geld',
    title: 'Groep Noord',
    startsOn: '2027-01-12',
    pacing: 'own_pace',
    role: 'trainer',
    participantCount: 2,
    invitedCount: 0,
    myStatus: null,
    nextSession: null,
    trainers: [{ id: 'w1', name: 'Youssef Amrani' }],
    participants: [
      {
        clientId: 'k1',
        name: 'Sanne de Vries',
        displayName: 'Sanne',
        status: 'active',
        enrolmentId: 'e1',
        modulesDone: 1,
        modulesTotal: 6,
        homeworkWaiting: 1,
        lastActivityAt: '2027-01-10T10:00:00Z',
        stalled: false,
        stallReasons: [],
        sessionsAttended: 0,
      },
      {
        clientId: 'k2',
        name: 'Kevin Bakker',
        displayName: 'Kevin',
        status: 'active',
        enrolmentId: 'e2',
        modulesDone: 0,
        modulesTotal: 6,
        homeworkWaiting: 0,
        lastActivityAt: '2026-12-01T10:00:00Z',
        stalled: true,
        stallReasons: ['no_activity'],
        sessionsAttended: 0,
      },
    ],
    sessions: [{ ...session('room'), startsAt: '2099-01-12T18:00:00.000Z', endsAt: '2099-01-12T20:00:00.000Z' }],
    attendance: [],
    modules: [{ id: 'm1', position: 1, title: 'Hoe gaat het nu met je geld?' }],
  };

  it('shows progress and who stalls, says how many are still needed, and cancels a meeting not held yet', async () => {
    const { http, el, settle } = await openRoutedPage('groepen/:cohortId', TrainerGroupPage, '/groepen/c1');
    http.expectOne('/api/training-cohorts/c1').flush(view);
    http.expectOne('/api/dossier/cases').flush([]);
    await settle();
    const rows = [...el.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()).join(' | '),
    );
    expect(rows[0]).toBe('Sanne de Vries | 1 / 6 | 1 | 0 / 0 | Op schema | Uit de groep halen');
    expect(rows[1]).toContain('Loopt vast');
    expect(rows[1]).toContain('14 dagen niets gedaan');
    expect(el.textContent).toContain('Nog 4 deelnemers nodig om te starten (minimaal 6).');
    expect(el.textContent).toContain('Aanwezigheid kun je invullen als de bijeenkomst begonnen is.');
    const cancel = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Bijeenkomst afzeggen')!;
    cancel.click();
    const del = http.expectOne('/api/training-cohorts/c1/sessions/s1');
    expect(del.request.method).toBe('DELETE');
    del.flush(null);
    await settle();
    http.expectOne('/api/training-cohorts/c1').flush({ ...view, sessions: [] });
    await settle();
    expect(el.textContent).toContain('Nog geen bijeenkomsten gepland.');
    expect(el.querySelector('[role=status]')?.textContent).toContain('De bijeenkomst is afgezegd.');
    http.verify();
  });

  it('puts a planned meeting in the form to change it and sends the whole meeting with PUT', async () => {
    const { http, el, settle } = await openRoutedPage('groepen/:cohortId', TrainerGroupPage, '/groepen/c1');
    http.expectOne('/api/training-cohorts/c1').flush(view);
    http.expectOne('/api/dossier/cases').flush([]);
    await settle();
    const button = (text: string) => [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text)!;
    button('Wijzigen').click();
    await settle();
    expect(el.querySelector('#session-new-title')?.textContent).toBe('Bijeenkomst wijzigen');
    // 18:00 UTC in January is 19:00 in Amsterdam: the form shows the Dutch date and time.
    expect(el.querySelector<HTMLInputElement>('input[name=date]')!.value).toBe('2099-01-12');
    expect(el.querySelector<HTMLInputElement>('input[name=time]')!.value).toBe('19:00');
    expect(el.querySelector<HTMLInputElement>('input[name=room]')!.value).toBe('Buurthuis De Kooi, zaal 1');
    const time = el.querySelector<HTMLInputElement>('input[name=time]')!;
    time.value = '20:00';
    time.dispatchEvent(new Event('input'));
    await settle();
    button('Wijziging opslaan').click();
    await settle();
    const put = http.expectOne('/api/training-cohorts/c1/sessions/s1');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      startsAt: '2099-01-12T19:00:00.000Z',
      minutes: 120,
      place: 'room',
      room: 'Buurthuis De Kooi, zaal 1',
      address: 'Kooilaan 2, 2315 AK Leiden',
      moduleId: null,
    });
    put.flush({ ...view.sessions[0], startsAt: '2099-01-12T19:00:00.000Z' });
    await settle();
    http.expectOne('/api/training-cohorts/c1').flush(view);
    await settle();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Bijeenkomst gewijzigd.');
    expect(el.querySelector('#session-new-title')?.textContent).toBe('Bijeenkomst plannen');
    http.verify();
  });
});
