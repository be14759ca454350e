import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ChatSessionView } from '@nabij/chat/contracts';
import type { CaseSummary, Dossier } from '@nabij/dossier/contracts';
import { CasePage } from './case.page';

const summary = (worker: { id: string; name: string }): CaseSummary => ({
  id: 'case-1',
  client: { id: 'k1', name: 'Sanne de Vries' },
  financier: { id: 'f1', name: 'Leiden' },
  kindOfWork: 'algemeen_mw',
  problemAreas: [],
  usesOnlineDossier: true,
  openedOn: '2026-03-02',
  closedOn: null,
  closeReason: null,
  assignedWorker: worker,
  interpreterLanguage: null,
});
const dossier: Dossier = {
  case: summary({ id: 'w1', name: 'Youssef Amrani' }),
  readOnly: false,
  goals: [],
  reports: [],
  appointments: [],
  actions: [],
  documents: [],
};

async function settle(harness: RouterTestingHarness): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await harness.fixture.whenStable();
}

/**
 * The library's share panel, the social map's referrals panel, the parents panel, the outreach
 * scores panel and time's conversation count ask their own lists; these specs are about the rest.
 */
function answerSharePanel(http: HttpTestingController): void {
  for (const req of http.match((r) => r.url.startsWith('/api/library/') || r.url.startsWith('/api/social-map/'))) req.flush([]);
  for (const req of http.match((r) => r.url.startsWith('/api/guardians/'))) req.flush({ consentNeeded: false, guardians: [] });
  for (const req of http.match((r) => r.url.startsWith('/api/outreach/'))) req.flush({ series: [] });
  for (const req of http.match((r) => r.url.startsWith('/api/time/cases/')))
    req.flush({
      caseId: 'case-1',
      kindOfWork: 'algemeen_mw',
      limit: null,
      approvedExtra: 0,
      allowed: null,
      used: 0,
      left: null,
      pending: null,
      lastDecided: null,
    });
}

describe('CasePage hand-over', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;
  const form = () => page.querySelector<HTMLFormElement>('form.handover')!;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'caseload/:caseId', component: CasePage }], withComponentInputBinding()),
      ],
    });
    harness = await RouterTestingHarness.create('/caseload/case-1');
    http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/dossier/colleagues').flush([
      { id: 'w2', name: 'Fatima El Idrissi' },
      { id: 'w3', name: 'Daan Visser' },
    ]);
    http.expectOne('/api/dossier/cases/case-1').flush({ ...dossier, clientLanguage: 'ar' });
    http.expectOne('/api/chat/sessions?caseId=case-1').flush([]);
    await settle(harness);
    answerSharePanel(http);
    page = harness.routeNativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  it('asks for a colleague first, then for confirmation, and only then hands over', async () => {
    const options = [...form().querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['Kies een collega', 'Fatima El Idrissi', 'Daan Visser']);

    form().dispatchEvent(new Event('submit'));
    await settle(harness);
    expect(page.textContent).toContain('Kies eerst een collega.');
    http.expectNone('/api/dossier/cases/case-1/handover');

    const select = form().querySelector('select')!;
    select.value = 'w2';
    select.dispatchEvent(new Event('change'));
    const note = form().querySelector('textarea')!;
    note.value = '  Ik ga met verlof  ';
    note.dispatchEvent(new Event('input'));
    form().dispatchEvent(new Event('submit'));
    await settle(harness);
    expect(form().querySelector('[role="alert"]')?.textContent).toContain('Fatima El Idrissi wordt de hulpverlener van deze cliënt');
    http.expectNone('/api/dossier/cases/case-1/handover');

    const [yes] = [...form().querySelectorAll<HTMLButtonElement>('[role="alert"] button')];
    yes.click();
    const req = http.expectOne('/api/dossier/cases/case-1/handover');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ toWorkerId: 'w2', note: 'Ik ga met verlof' });
    req.flush(summary({ id: 'w2', name: 'Fatima El Idrissi' }));
    await settle(harness);

    // The case is no longer ours: no reload (it would be 404), the page says where it went.
    http.expectNone('/api/dossier/cases/case-1');
    expect(page.querySelector('h1')).toBeNull();
    expect(page.querySelector('form.handover')).toBeNull();
    expect(page.textContent).toContain('De casus is overgedragen aan Fatima El Idrissi. Hij staat niet meer in je caseload.');
    expect(page.querySelector('a[href="/caseload"]')).not.toBeNull();
  });

  it('lets the worker cancel the confirmation without handing over', async () => {
    const select = form().querySelector('select')!;
    select.value = 'w3';
    select.dispatchEvent(new Event('change'));
    form().dispatchEvent(new Event('submit'));
    await settle(harness);
    const [, cancel] = [...form().querySelectorAll<HTMLButtonElement>('[role="alert"] button')];
    cancel.click();
    await settle(harness);
    expect(form().querySelector('[role="alert"]')).toBeNull();
    http.expectNone('/api/dossier/cases/case-1/handover');
    expect(page.querySelector('h1')?.textContent).toContain('Sanne de Vries');
  });

  it('shows which language the client reads ("Leest: Arabisch")', () => {
    expect(page.querySelector('.client-language')?.textContent?.trim()).toBe('Leest: Arabisch');
  });

  it('says in Dutch that the hand-over was refused (never the API’s English) and keeps the case', async () => {
    const select = form().querySelector('select')!;
    select.value = 'w2';
    select.dispatchEvent(new Event('change'));
    form().dispatchEvent(new Event('submit'));
    await settle(harness);
    form().querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    http
      .expectOne('/api/dossier/cases/case-1/handover')
      .flush({ statusCode: 400, message: 'Choose a colleague, not yourself.' }, { status: 400, statusText: 'Bad Request' });
    await settle(harness);
    expect(page.textContent).toContain('Dit klopt niet. Kijk het nog eens na.');
    expect(page.textContent).not.toContain('Choose a colleague, not yourself.');
    expect(page.querySelector('h1')?.textContent).toContain('Sanne de Vries');
  });
});

const session = (id: string, status: ChatSessionView['status'], caseId: string | null = 'case-1'): ChatSessionView => ({
  id,
  status,
  anonymous: false,
  caseId,
  createdAt: '2026-11-03T13:58:00Z',
  pickedUpAt: '2026-11-03T14:00:00Z',
  endedAt: status === 'ended' ? '2026-11-03T14:12:00Z' : null,
  durationSeconds: status === 'ended' ? 720 : null,
  endedReason: null,
  topic: null,
  lastSeq: 2,
  queue: null,
  evaluated: false,
  videoAppointmentId: null,
});

describe('CasePage goals, documents and chats', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;
  const full: Dossier = {
    ...dossier,
    goals: [
      { id: 'g1', position: 1, text: 'Schulden op een rij', achieved: false, updatedAt: '2026-03-02T10:00:00Z' },
      { id: 'g2', position: 2, text: 'Werk zoeken', achieved: false, updatedAt: '2026-03-02T10:00:00Z' },
      { id: 'g3', position: 3, text: 'Beter slapen', achieved: false, updatedAt: '2026-03-02T10:00:00Z' },
    ],
  };
  const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });
  const uploadForm = () => page.querySelector<HTMLFormElement>('form.upload')!;
  const choose = (f: File) =>
    Object.defineProperty(uploadForm().querySelector('input[type=file]')!, 'files', { value: [f], configurable: true });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'caseload/:caseId', component: CasePage }], withComponentInputBinding()),
      ],
    });
    harness = await RouterTestingHarness.create('/caseload/case-1');
    http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/dossier/colleagues').flush([]);
    http.expectOne('/api/dossier/cases/case-1').flush(full);
    http.expectOne('/api/chat/sessions?caseId=case-1').flush([session('s-active', 'active'), session('s1', 'ended')]);
    await settle(harness);
    answerSharePanel(http);
    page = harness.routeNativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  it('edits a goal with the client’s three goals and offers no fourth', async () => {
    expect(page.querySelector('form.goal-add')).toBeNull();
    expect(page.textContent).toContain('Er zijn al 3 doelen.');
    page.querySelector<HTMLButtonElement>('button[aria-label="Verander: doel 3"]')!.click();
    await settle(harness);
    page.querySelector<HTMLTextAreaElement>('form.goal-edit textarea')!.value = 'Zeven uur per nacht slapen';
    page.querySelector('form.goal-edit')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/dossier/cases/case-1/goals/g3');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ text: 'Zeven uur per nacht slapen' });
    req.flush({ ...full.goals[2], text: 'Zeven uur per nacht slapen' });
    await settle(harness);
    expect(page.textContent).toContain('Zeven uur per nacht slapen');
    expect(page.textContent).not.toContain('Beter slapen');
  });

  it('shares a document with the same checks and messages as the client’s upload', async () => {
    choose(file('song.mp3', 'audio/mpeg'));
    uploadForm().dispatchEvent(new Event('submit'));
    await settle(harness);
    expect(uploadForm().textContent).toContain('Dit soort bestand kan niet. Stuur een PDF, JPG of PNG.');
    http.expectNone('/api/dossier/cases/case-1/documents');

    choose(file('big.pdf', 'application/pdf', 10 * 1024 * 1024 + 1));
    uploadForm().dispatchEvent(new Event('submit'));
    await settle(harness);
    expect(uploadForm().textContent).toContain('Dit bestand is groter dan 10 MB.');
    http.expectNone('/api/dossier/cases/case-1/documents');

    choose(file('fake.pdf', 'application/pdf'));
    uploadForm().dispatchEvent(new Event('submit'));
    // The API sniffs the bytes and refuses them: said in the page's words by its code, not in its English.
    const message = 'Only PDF, JPEG and PNG files can be uploaded; this file is none of those.';
    http
      .expectOne('/api/dossier/cases/case-1/documents')
      .flush(
        { statusCode: 400, error: 'Bad Request', message, fields: { file: [message] }, fieldCodes: { file: 'file.type' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(harness);
    expect(uploadForm().textContent).toContain('Dit soort bestand kan niet. Stuur een PDF, JPG of PNG.');
    expect(uploadForm().textContent).not.toContain(message);

    choose(file('budgetplan.pdf', 'application/pdf'));
    uploadForm().dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/dossier/cases/case-1/documents');
    expect(req.request.method).toBe('POST');
    expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
    req.flush({
      id: 'd1',
      fileName: 'budgetplan.pdf',
      contentType: 'application/pdf',
      sizeBytes: 10,
      uploadedBy: { id: 'w1', name: 'Youssef Amrani', role: 'worker' },
      createdAt: '2026-11-04T09:00:00Z',
    });
    await settle(harness);
    expect(uploadForm().textContent).toContain('Het document staat in het dossier. De cliënt kan het nu zien.');
    expect(uploadForm().textContent).not.toContain(message);
    expect(page.textContent).toContain('budgetplan.pdf');
  });

  it('lists the ended chats of the case and opens a transcript as plain text', async () => {
    const chats = [...page.querySelectorAll<HTMLDetailsElement>('details.chat-transcript')];
    expect(page.textContent).toContain('Chatgesprekken');
    expect(chats).toHaveLength(1);
    expect(chats[0].querySelector('summary')?.textContent).toContain('3 november');
    expect(chats[0].querySelector('summary')?.textContent).toContain('12 minuten');
    http.expectNone('/api/chat/sessions/s1/messages');

    chats[0].open = true;
    chats[0].dispatchEvent(new Event('toggle'));
    http.expectOne('/api/chat/sessions/s1/messages').flush([
      {
        sessionId: 's1',
        seq: 1,
        sender: 'client',
        body: '<img src=x onerror=alert(1)> Hoi',
        clientMsgId: null,
        createdAt: '2026-11-03T14:00:30Z',
      },
      {
        sessionId: 's1',
        seq: 2,
        sender: 'worker',
        body: 'Hallo, waar kan ik je mee helpen?',
        clientMsgId: null,
        createdAt: '2026-11-03T14:01:00Z',
      },
    ]);
    await settle(harness);
    const lines = [...chats[0].querySelectorAll('li.chat-transcript__line')];
    expect(lines).toHaveLength(2);
    expect(lines[0].textContent).toContain('Cliënt · 15:00');
    expect(lines[0].querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)> Hoi');
    expect(chats[0].querySelector('img')).toBeNull();
    expect(lines[1].textContent).toContain('Hulpverlener');
  });
});
