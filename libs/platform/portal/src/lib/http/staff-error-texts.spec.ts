// spec-group: alone. The first test checks what a page does before the staff file has arrived; the
// keys it has are kept per module registry (as per page), so in a group after a spec that signs in
// staff (auth.store.spec.ts, api-error.spec.ts) the file would already be there.
import { TestBed } from '@angular/core/testing';
import { I18n } from '../i18n/i18n.service';
import { errorKey } from './api-error';
import { isStaffErrorKey, loadStaffErrorTexts } from './staff-error-texts';

describe('the staff error texts (a file of their own, loaded for staff)', () => {
  it('word a staff code by its status until the file has arrived, and by its own text after', async () => {
    localStorage.clear();
    const taken = { statusCode: 409, error: 'Conflict', message: 'Another worker has already picked up this chat.', code: 'chat.taken' };
    const i18n = TestBed.inject(I18n);
    expect(isStaffErrorKey('platform.error.code.chat.taken')).toBe(false);
    expect(errorKey(taken)).toBe('platform.error.server');
    // The shell's own error texts are there from the start.
    expect(errorKey({ ...taken, code: 'chat.closed' })).toBe('platform.error.code.chat.closed');

    const arrived = loadStaffErrorTexts(i18n);
    await arrived;
    expect(errorKey(taken)).toBe('platform.error.code.chat.taken');
    TestBed.tick();
    expect(i18n.t(errorKey(taken))).toBe('Een collega heeft deze chat al aangenomen. Kies een andere chat uit de wachtrij.');
    // Asked again (another sign-in): the same answer, not a second request.
    expect(loadStaffErrorTexts(i18n)).toBe(arrived);
  });

  it('registers the texts with each I18n that asks (a new page, or a new test bed in a spec)', async () => {
    localStorage.clear();
    TestBed.resetTestingModule();
    const first = TestBed.inject(I18n);
    await loadStaffErrorTexts(first);
    TestBed.resetTestingModule();
    const second = TestBed.inject(I18n);
    expect(second).not.toBe(first);
    await loadStaffErrorTexts(second);
    TestBed.tick();
    expect(second.t('platform.error.code.chat.taken')).toBe(
      'Een collega heeft deze chat al aangenomen. Kies een andere chat uit de wachtrij.',
    );
  });
});
