import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ShelfItem } from '@nabij/library/contracts';
import { ShareToShelfComponent } from './share-to-shelf.component';

const SHARED: ShelfItem = {
  id: 's1',
  kind: 'exercise',
  ref: 'energiemeter',
  caseId: 'c1',
  title: 'Energiemeter',
  note: null,
  sharedBy: 'Youssef Amrani',
  titleLang: 'nl',
  savedByClient: false,
  sharedAt: '2026-11-30T09:00:00.000Z',
  readAt: null,
};

describe('ShareToShelfComponent', () => {
  let http: HttpTestingController;

  async function setup(readOnly = false) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ShareToShelfComponent);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('clientName', 'Sanne');
    fixture.componentRef.setInput('documents', [{ id: 'd1', fileName: 'budgetplan.pdf' }]);
    fixture.componentRef.setInput('readOnly', readOnly);
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r));
        await fixture.whenStable();
      }
    };
    await settle();
    http.expectOne('/api/library/shelf/cases/c1').flush([]);
    http
      .expectOne('/api/library/articles?lang=nl')
      .flush([{ slug: 'rust-nemen', theme: 'stress', audiences: ['adults'], title: 'Rust nemen', summary: '' }]);
    http.expectOne('/api/library/exercises?lang=nl').flush([{ slug: 'energiemeter', theme: 'stress', title: 'Energiemeter', summary: '' }]);
    await settle();
    return { el: fixture.nativeElement as HTMLElement, settle };
  }
  const select = (el: HTMLElement, id: string, value: string) => {
    const s = el.querySelector<HTMLSelectElement>(id)!;
    s.value = value;
    s.dispatchEvent(new Event('change'));
  };

  it('shares the chosen exercise with the note and shows it as shared, not yet read', async () => {
    const { el, settle } = await setup();
    expect(el.textContent).toContain('Nog niets gedeeld.');
    select(el, '#share-c1-item', 'energiemeter');
    const note = el.querySelector<HTMLTextAreaElement>('#share-c1-note')!;
    note.value = '  Vul dit een week in.  ';
    note.dispatchEvent(new Event('input'));
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/library/shelf/cases/c1/items');
    expect(req.request.body).toEqual({ kind: 'exercise', ref: 'energiemeter', note: 'Vul dit een week in.' });
    req.flush([SHARED]);
    await settle();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Gedeeld. Sanne ziet het nu in Mijn bibliotheek.');
    expect(el.querySelector('.plain-list')?.textContent).toContain('Energiemeter');
    expect(el.querySelector('.plain-list')?.textContent).toContain('nog niet gelezen');
  });

  it('offers the documents of the case when "Document" is chosen, and sends nothing without a choice', async () => {
    const { el, settle } = await setup();
    select(el, '#share-c1-kind', 'document');
    await settle();
    const options = [...el.querySelectorAll<HTMLOptionElement>('#share-c1-item option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['Maak een keuze', 'budgetplan.pdf']);
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    http.expectNone((r) => r.method === 'POST');
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Delen lukte niet');
  });

  it('shows only the list for a closed case', async () => {
    const { el } = await setup(true);
    expect(el.querySelector('form')).toBeNull();
  });
});
