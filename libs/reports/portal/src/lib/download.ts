import type { WritableSignal } from '@angular/core';

/**
 * Fetches a file the API makes (a report as CSV) and saves it under its name as a browser
 * download; `busy` is true meanwhile, for the button's disabled and aria-busy state.
 */
export async function downloadFile(
  document: Document,
  busy: WritableSignal<boolean>,
  make: () => Promise<{ blob: Blob; fileName: string }>,
): Promise<void> {
  busy.set(true);
  try {
    const { blob, fileName } = await make();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } finally {
    busy.set(false);
  }
}
