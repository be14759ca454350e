import type { I18n } from '../i18n/i18n.service';

/** The keys of the staff set, once the file has arrived in this page. */
const staffKeys = new Set<string>();
/** Per `I18n` (one per page; a spec's test bed makes a new one each time): the file asked for once. */
const asked = new WeakMap<I18n, Promise<void>>();

/** Whether `key` is the text of a code only staff can meet, and that text has arrived. */
export function isStaffErrorKey(key: string): boolean {
  return staffKeys.has(key);
}

/**
 * The texts for API error codes only staff can meet (`staff-errors.i18n.ts`, issue 17) are a file of
 * their own (23 kB) that no client, parent or visitor needs: `AuthStore` asks for it once someone with
 * a staff role is signed in, long before they can meet one of those codes. An error that comes
 * before the file (or when it could not be loaded) is worded by its status, as any code without text.
 */
export function loadStaffErrorTexts(i18n: I18n): Promise<void> {
  let done = asked.get(i18n);
  if (!done) {
    done = import('./staff-errors.i18n').then(({ staffErrorTexts }) => {
      i18n.register(staffErrorTexts);
      for (const key of Object.keys(staffErrorTexts.nl)) staffKeys.add(key);
    });
    asked.set(i18n, done);
    // Offline for a moment: the next sign-in asks again.
    done.catch(() => asked.delete(i18n));
  }
  return done;
}
