import type { I18n } from '../i18n/i18n.service';

/** The keys of the staff set, once it has arrived. */
const staffKeys = new Set<string>();
let loading: Promise<void> | null = null;

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
  loading ??= import('./staff-errors.i18n').then(
    ({ staffErrorTexts }) => {
      i18n.register(staffErrorTexts);
      for (const key of Object.keys(staffErrorTexts.nl)) staffKeys.add(key);
    },
    (error: unknown) => {
      // Offline for a moment: the next sign-in (or page that asks) tries again.
      loading = null;
      throw error;
    },
  );
  return loading;
}
