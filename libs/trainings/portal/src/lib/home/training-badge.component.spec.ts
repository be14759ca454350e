import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18n } from '@nabij/platform/portal';
import { TrainingStore } from '../training.store';
import { TrainingBadgeComponent } from './training-badge.component';

describe('TrainingBadgeComponent (client home)', () => {
  async function render(lang: 'nl' | 'tr', returned: boolean) {
    localStorage.clear();
    const store = {
      progress: signal({ modules: [{ status: returned ? 'returned' : 'done' }] }),
      newFeedback: signal(returned ? 0 : 1),
      load: () => Promise.resolve(null),
    };
    TestBed.configureTestingModule({ providers: [{ provide: TrainingStore, useValue: store }] });
    TestBed.inject(I18n).setLang(lang);
    const fixture = TestBed.createComponent(TrainingBadgeComponent);
    fixture.detectChanges();
    await TestBed.inject(I18n).ready();
    await fixture.whenStable();
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).querySelector('.badge')?.textContent?.trim();
  }

  it('says in Dutch that the trainer asks something', async () => {
    expect(await render('nl', true)).toBe('Je trainer vraagt iets');
  });

  it("speaks the client's language: a new reply in Turkish", async () => {
    expect(await render('tr', false)).toBe('Yeni cevap');
  });
});
