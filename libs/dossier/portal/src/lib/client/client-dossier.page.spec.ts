import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ChatSessionView } from '@nabij/chat/contracts';
import type { CaseSummary, Dossier } from '@nabij/dossier/contracts';
import type { CaseScores } from '@nabij/outreach/contracts';
import { ClientDossierPage } from './client-dossier.page';

const summary = (id: string, closedOn: string | null = null): CaseSummary => ({
  id,
  client: { id: 'k1', name: 'Sanne de Vries' },
  financier: { id: 'f1', name: 'Leiden' },
  kindOfWork: 'algemeen_mw',
  problemAreas: [],
  usesOnlineDossier: true,
  openedOn: '2026-03-02',
  closedOn,
  closeReason: closedOn ? 'goal_reached' : null,
  assignedWorker: { id: 'w1', name: 'Youssef Amrani' },
  interpreterLanguage: null,
});
const openCase: Dossier = {
  case: summary('case-1'),
  readOnly: false,
  goals: [{ id: 'g1', position: 1, text: 'Schulden op een rij', achieved: false, updatedAt: '2026-03-02T10:00:00Z' }],
  reports: [],
  appointments: [],
  actions: [],
  documents: [],
};
const session = (id: string, caseId: string | null, status: ChatSessionView['status'] = 'ended'): ChatSessionView => ({
  id,
  status,
  anonymous: false,
  caseId,
  createdAt: '2026-11-03T13:58:00Z',
  pickedUpAt: '2026-11-03T14:00:00Z',
  endedAt: status === 'ended' ? '2026-11-03T14:00:40Z' : null,
  durationSeconds: status === 'ended' ? 40 : null,
  endedReason: null,
  topic: null,
  lastSeq: 1,
  queue: null,
  evaluated: true,
  videoAppointmentId: null,
});

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('ClientDossierPage goals and chats', () => {
  let fixture: ComponentFixture<ClientDossierPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  async function open(chats: () => void, scores: CaseScores = { series: [] }): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClientDossierPage);
    el = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/dossier/mine').flush([summary('case-1')]);
    await settle(fixture);
    http.expectOne('/api/dossier/mine/case-1').flush(openCase);
    await settle(fixture);
    http.expectOne('/api/dossier/notes').flush([]);
    // No parents linked: the "Je ouders in Nabij" section stays away.
    http.expectOne('/api/guardians/mine').flush([]);
    await settle(fixture);
    // The social map's referrals panel (its own spec) asks the case's referrals.
    http.expectOne('/api/social-map/cases/case-1/referrals').flush([]);
    // Outreach's scores panel asks the client's own scores on this case (the API gives only theirs).
    http.expectOne('/api/outreach/cases/case-1/scores').flush(scores);
    chats();
    await settle(fixture);
  }
  afterEach(() => http.verify());

  it('lets the client change and add goals in plain words', async () => {
    await open(() => http.expectOne('/api/chat/sessions').flush([]));
    expect(el.textContent).toContain('Mijn doelen');
    el.querySelector<HTMLButtonElement>('button[aria-label="Verander: doel 1"]')!.click();
    await settle(fixture);
    el.querySelector<HTMLTextAreaElement>('form.goal-edit textarea')!.value = 'Al mijn schulden op een rij';
    el.querySelector('form.goal-edit')!.dispatchEvent(new Event('submit'));
    const patch = http.expectOne('/api/dossier/cases/case-1/goals/g1');
    expect(patch.request.method).toBe('PATCH');
    patch.flush({ ...openCase.goals[0], text: 'Al mijn schulden op een rij' });
    await settle(fixture);
    expect(el.textContent).toContain('Al mijn schulden op een rij');

    el.querySelector<HTMLTextAreaElement>('form.goal-add textarea')!.value = 'Elke week sporten';
    el.querySelector('form.goal-add')!.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/dossier/cases/case-1/goals')
      .flush({ id: 'g2', position: 2, text: 'Elke week sporten', achieved: false, updatedAt: '2026-03-03T10:00:00Z' });
    await settle(fixture);
    expect([...el.querySelectorAll('li.goal-item .goal')].map((g) => g.textContent?.trim())).toEqual([
      'Al mijn schulden op een rij',
      'Elke week sporten',
    ]);
  });

  it('shows only the ended chats of this case, with date, duration and the transcript as text', async () => {
    await open(() =>
      http
        .expectOne('/api/chat/sessions')
        .flush([session('s1', 'case-1'), session('s2', 'other-case'), session('s3', 'case-1', 'active'), session('s4', null)]),
    );
    const chats = [...el.querySelectorAll<HTMLDetailsElement>('details.chat-transcript')];
    expect(el.textContent).toContain('Chatgesprekken');
    expect(chats).toHaveLength(1);
    expect(chats[0].querySelector('summary')?.textContent).toContain('1 minuut');
    chats[0].open = true;
    chats[0].dispatchEvent(new Event('toggle'));
    http
      .expectOne('/api/chat/sessions/s1/messages')
      .flush([{ sessionId: 's1', seq: 1, sender: 'client', body: '<b>Hoi</b>', clientMsgId: 'm1', createdAt: '2026-11-03T14:00:10Z' }]);
    await settle(fixture);
    const line = chats[0].querySelector('li.chat-transcript__line')!;
    expect(line.textContent).toContain('Jij');
    expect(line.querySelector('p')?.textContent).toBe('<b>Hoi</b>');
    expect(line.querySelector('b')).toBeNull();
  });

  it("shows the client's own 1–10 scores over time as a chart with a table, in the client's words", async () => {
    const scores: CaseScores = {
      series: [
        {
          key: 'cijfer_ouders',
          text: 'Welk cijfer geef je aan hoe het nu met jou gaat?',
          min: 1,
          max: 10,
          points: [
            { on: '2026-11-02', value: 4 },
            { on: '2026-11-30', value: 7 },
          ],
        },
      ],
    };
    await open(() => http.expectOne('/api/chat/sessions').flush([]), scores);
    const panel = el.querySelector('nb-case-scores')!;
    expect(panel.querySelector('h2')?.textContent).toBe('Jouw cijfers');
    expect(panel.textContent).toContain('Het cijfer dat je gaf in telefoongesprekken met ons.');
    expect(panel.querySelectorAll('circle')).toHaveLength(2);
    expect(panel.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Welk cijfer geef je aan hoe het nu met jou gaat?: 2 keer een cijfer, van 4 op 2 november 2026 naar 7 op 30 november 2026.',
    );
    expect(panel.querySelector('caption')?.textContent).toBe('Welk cijfer geef je aan hoe het nu met jou gaat?');
    expect([...panel.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()))).toEqual(
      [
        ['2 november 2026', '4'],
        ['30 november 2026', '7'],
      ],
    );
    // The staff wording of the worker's case page is not used here.
    expect(el.textContent).not.toContain('Cijfers uit belgesprekken');
  });

  it('shows no chart, heading or empty box to a client who gave no scores', async () => {
    await open(() => http.expectOne('/api/chat/sessions').flush([]));
    expect(el.querySelector('nb-case-scores')?.textContent?.trim()).toBe('');
    expect(el.querySelector('svg.scores__chart')).toBeNull();
    expect(el.textContent).not.toContain('Jouw cijfers');
  });

  it('still shows the dossier when the chats cannot be fetched', async () => {
    await open(() =>
      http
        .expectOne('/api/chat/sessions')
        .flush({ statusCode: 500, error: 'Internal Server Error', message: '' }, { status: 500, statusText: 'Server Error' }),
    );
    expect(el.textContent).toContain('Schulden op een rij');
    expect(el.textContent).toContain('Nog geen chatgesprekken.');
  });
});
