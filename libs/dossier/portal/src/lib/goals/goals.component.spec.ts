import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { Goal } from '@nabij/dossier/contracts';
import { GoalsComponent } from './goals.component';

const goal = (n: number, text: string, achieved = false): Goal => ({
  id: `g${n}`,
  position: n,
  text,
  achieved,
  updatedAt: '2026-03-02T10:00:00Z',
});

@Component({
  imports: [GoalsComponent],
  template: `<nb-goals caseId="case-1" [goals]="goals()" [readOnly]="readOnly()" (goalsChange)="goals.set($event)" />`,
})
class Host {
  readonly goals = signal<Goal[]>([goal(1, 'Overzicht van mijn schulden'), goal(2, 'Elke week sporten')]);
  readonly readOnly = signal(false);
}

async function settle(fixture: ComponentFixture<Host>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('GoalsComponent', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let el: HTMLElement;
  const buttons = (text: string) => [...el.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent?.trim() === text);
  const items = () => [...el.querySelectorAll('li.goal-item')].map((li) => li.querySelector('.goal')?.textContent?.trim());

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    fixture = TestBed.createComponent(Host);
    http = TestBed.inject(HttpTestingController);
    el = fixture.nativeElement;
    await settle(fixture);
  });
  afterEach(() => http.verify());

  it('changes a goal’s text and marks it reached with one PATCH', async () => {
    buttons('Verander')[1].click();
    await settle(fixture);
    expect(buttons('Verander')[0].getAttribute('aria-label')).toBe('Verander: doel 1');
    const box = el.querySelector<HTMLTextAreaElement>('form.goal-edit textarea')!;
    expect(box.value).toBe('Elke week sporten');
    box.value = '  Twee keer per week sporten ';
    el.querySelector<HTMLInputElement>('form.goal-edit input[type=checkbox]')!.checked = true;
    el.querySelector('form.goal-edit')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/dossier/cases/case-1/goals/g2');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ text: 'Twee keer per week sporten', achieved: true });
    req.flush(goal(2, 'Twee keer per week sporten', true));
    await settle(fixture);
    expect(el.querySelector('form.goal-edit')).toBeNull();
    expect(items()).toEqual(['Overzicht van mijn schulden', 'Twee keer per week sporten']);
    expect(el.textContent).toContain('gehaald');
  });

  it('says in Dutch what the API refused (its field code), never its English message, and keeps the edit open', async () => {
    buttons('Verander')[0].click();
    await settle(fixture);
    el.querySelector<HTMLTextAreaElement>('form.goal-edit textarea')!.value = 'Nieuw';
    el.querySelector('form.goal-edit')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/dossier/cases/case-1/goals/g1').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'text must be shorter than or equal to 1000 characters',
        fieldCodes: { text: 'text.too_long' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(el.textContent).toContain('Dit is te lang. Maak het korter.');
    expect(el.textContent).not.toContain('text must be shorter');
    expect(el.querySelector('form.goal-edit')).not.toBeNull();
  });

  it('removes a goal only after “Ja, haal weg”', async () => {
    buttons('Haal weg')[0].click();
    await settle(fixture);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Weet je het zeker?');
    buttons('Nee, laat staan')[0].click();
    await settle(fixture);
    http.expectNone('/api/dossier/cases/case-1/goals/g1');
    buttons('Haal weg')[0].click();
    await settle(fixture);
    buttons('Ja, haal weg')[0].click();
    const req = http.expectOne('/api/dossier/cases/case-1/goals/g1');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(items()).toEqual(['Elke week sporten']);
  });

  it('adds a goal while there are fewer than 3, then says there are 3', async () => {
    const box = el.querySelector<HTMLTextAreaElement>('form.goal-add textarea')!;
    box.value = 'Een vaste dagritme';
    el.querySelector('form.goal-add')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/dossier/cases/case-1/goals');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ text: 'Een vaste dagritme' });
    req.flush(goal(3, 'Een vaste dagritme'));
    await settle(fixture);
    expect(items()).toHaveLength(3);
    expect(el.querySelector('form.goal-add')).toBeNull();
    expect(el.textContent).toContain('Er zijn al 3 doelen.');
  });

  it('says in Dutch, by the code, that there are enough goals when someone else took the third place first', async () => {
    el.querySelector<HTMLTextAreaElement>('form.goal-add textarea')!.value = 'Nog een doel';
    el.querySelector('form.goal-add')!.dispatchEvent(new Event('submit'));
    const message = 'A case has at most 3 goals; change or remove one first.';
    http
      .expectOne('/api/dossier/cases/case-1/goals')
      .flush({ statusCode: 409, error: 'Conflict', message, code: 'dossier.too_many_goals' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(el.textContent).toContain('Er staan al genoeg doelen in dit dossier.');
    expect(el.textContent).not.toContain(message);
  });

  it('shows no buttons on a closed case', async () => {
    fixture.componentInstance.readOnly.set(true);
    await settle(fixture);
    expect(el.querySelectorAll('button')).toHaveLength(0);
    expect(el.querySelector('form')).toBeNull();
    expect(items()).toEqual(['Overzicht van mijn schulden', 'Elke week sporten']);
  });
});
