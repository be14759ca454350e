import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { DossierAccessGroup, DossierAccessPage } from '@nabij/dossier/contracts';
import { DossierAccessComponent } from './dossier-access.component';

const youssef = { id: 'w1', name: 'Youssef Amrani', role: 'worker' };
const group = (over: Partial<DossierAccessGroup>): DossierAccessGroup => ({
  day: '2026-03-02',
  who: youssef,
  action: 'read',
  kind: 'chat',
  times: 1,
  lastAt: '2026-03-02T14:42:00.000Z',
  ...over,
});

describe('DossierAccessComponent (Wie heeft mijn dossier ingezien)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<DossierAccessComponent>;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }
  async function setup(first: DossierAccessPage): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DossierAccessComponent);
    el = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/dossier/access-log?page=1').flush(first);
    await settle();
  }
  afterEach(() => http.verify());

  it('reads as a timeline per day and person in plain words, as a list (no table), with how often', async () => {
    await setup({
      page: 1,
      hasMore: false,
      groups: [
        group({ day: '2026-03-03', kind: 'dossier', lastAt: '2026-03-03T09:05:00.000Z' }),
        group({ kind: 'chat', times: 3 }),
        group({ kind: 'training', action: 'update', who: { id: 'w2', name: null, role: 'worker' }, lastAt: '2026-03-02T10:00:00.000Z' }),
      ],
    });
    expect(el.querySelector('table')).toBeNull();
    const days = Array.from(el.querySelectorAll('.access-day'));
    expect(days.map((d) => d.querySelector('h3')?.textContent?.trim())).toEqual(['dinsdag 3 maart', 'maandag 2 maart']);
    const lines = days.map((d) => Array.from(d.querySelectorAll('.access-line')).map((l) => l.textContent!.replace(/\s+/g, ' ').trim()));
    expect(lines).toEqual([
      ['Youssef Amrani bekeek je dossier laatst om 10:05'],
      [
        'Youssef Amrani bekeek je chatgesprek (3×) laatst om 15:42',
        'Een maatschappelijk werker veranderde je training en huiswerk laatst om 11:00',
      ],
    ]);
    expect(el.textContent).not.toMatch(/chat_session|chat_transcript|training_submission|_/);
    expect(el.querySelector('.access-more')).toBeNull();
  });

  it('shows older days on request, continuing a day that ran over the page', async () => {
    await setup({ page: 1, hasMore: true, groups: [group({ day: '2026-03-03' }), group({ kind: 'messages' })] });
    el.querySelector<HTMLButtonElement>('.access-more')!.click();
    http.expectOne('/api/dossier/access-log?page=2').flush({
      page: 2,
      hasMore: false,
      groups: [group({ kind: 'documents', lastAt: '2026-03-02T08:00:00.000Z' }), group({ day: '2026-02-27', kind: 'caseload' })],
    });
    await settle();
    const days = Array.from(el.querySelectorAll('.access-day'));
    expect(days).toHaveLength(3);
    expect(days[1].querySelectorAll('.access-line')).toHaveLength(2);
    expect(days[1].textContent).toContain('je documenten');
    expect(days[2].textContent).toContain('je naam in de lijst met cliënten');
    expect(el.querySelector('.access-more')).toBeNull();
  });

  it('says so when nobody looked yet', async () => {
    await setup({ page: 1, hasMore: false, groups: [] });
    expect(el.textContent).toContain('Nog niemand heeft je dossier bekeken.');
  });
});
