import { TestBed } from '@angular/core/testing';
import { I18n } from '@nabij/platform/portal';
import { chatTexts } from '../i18n';
import { chatOpeningText } from './chat-opening';

describe('chatOpeningText', () => {
  let i18n: I18n;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18n);
    i18n.register(chatTexts);
  });
  const closed = (nextOpensAt: string | null) => ({ open: false, closesAt: null, nextOpensAt, workersOnDuty: 0 });

  it('says when chat opens today, tomorrow or later, in Amsterdam time', () => {
    const now = new Date('2026-03-02T09:00:00Z'); // Monday 10:00 in Amsterdam
    expect(chatOpeningText(i18n, closed('2026-03-02T14:00:00Z'), now)).toBe('De chat opent vandaag om 15:00.');
    expect(chatOpeningText(i18n, closed('2026-03-03T14:00:00Z'), now)).toBe('De chat opent morgen om 15:00.');
    expect(chatOpeningText(i18n, closed('2026-03-05T18:00:00Z'), now)).toBe('De chat opent donderdag 5 maart om 19:00.');
    expect(chatOpeningText(i18n, closed(null), now)).toContain('We weten nog niet');
  });

  it('says until when an open chat lasts, also in English', () => {
    i18n.setLang('en');
    expect(chatOpeningText(i18n, { open: true, closesAt: '2026-03-02T16:00:00Z', nextOpensAt: null, workersOnDuty: 1 })).toBe(
      'You can chat until 17:00.',
    );
  });
});
