import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { EXTRA_LANGUAGES, type Texts, type TextMap } from '@nabij/platform/portal';

/**
 * Every client-facing text set is translated into Arabic, Turkish and Polish, and each translation
 * has exactly the Dutch keys with the same {placeholders}: a missing key would show in Dutch, an
 * extra one is a typo, and a changed placeholder would show a bare `{name}` to the client.
 */
const ROOT = join(__dirname, '../../../..');

/** Text sets a client reads (staff-only sets stay Dutch and English). */
const CLIENT_TEXT_FILES = [
  'apps/portal/src/app/nav/nav.i18n.ts',
  'libs/platform/portal/src/lib/i18n/platform.i18n.ts',
  'libs/platform/portal/src/lib/i18n/language.i18n.ts',
  'libs/platform/portal/src/lib/read-aloud/read-aloud.i18n.ts',
  'libs/platform/portal/src/lib/http/errors.i18n.ts',
  'libs/identity/portal/src/lib/i18n.ts',
  'libs/identity/portal/src/lib/account/account-texts.ts',
  'libs/identity/portal/src/lib/account/activation-texts.ts',
  'libs/intake/portal/src/lib/i18n.ts',
  'libs/intake/portal/src/lib/start/start-chat.i18n.ts',
  'libs/messages/portal/src/lib/i18n.ts',
  'libs/chat/portal/src/lib/i18n.ts',
  'libs/dossier/portal/src/lib/i18n.ts',
  'libs/library/portal/src/lib/library.i18n.ts',
  'libs/library/portal/src/lib/question/question.i18n.ts',
  'libs/library/portal/src/lib/self-test/self-test.i18n.ts',
  'libs/library/portal/src/lib/shelf/shelf.i18n.ts',
  'libs/library/portal/src/lib/content-language/content-language.i18n.ts',
  'libs/trainings/portal/src/lib/i18n.ts',
  'libs/trainings/portal/src/lib/cohort.i18n.ts',
  'libs/trainings/portal/src/lib/client/module-language.i18n.ts',
  'libs/video/portal/src/lib/i18n.ts',
  'libs/forum/portal/src/lib/forum.i18n.ts',
  'libs/guardians/portal/src/lib/guardians.i18n.ts',
  'libs/reminders/portal/src/lib/reminders.i18n.ts',
  'libs/privacy/portal/src/lib/privacy.i18n.ts',
  'libs/privacy/portal/src/lib/erasure-rules.i18n.ts',
  'libs/socialmap/portal/src/lib/socialmap.i18n.ts',
  'libs/socialmap/portal/src/lib/referrals/referrals.i18n.ts',
];

function textSetOf(file: string): Texts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(join(ROOT, file)) as Record<string, unknown>;
  const sets = Object.values(module).filter((v): v is Texts => !!v && typeof v === 'object' && 'nl' in v && 'en' in v);
  if (sets.length !== 1) throw new Error(`${file} should export one text set, found ${sets.length}`);
  return sets[0];
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

/** Every `*.ar.ts` (and tr, pl) translation file in the repository, so none is forgotten in the list. */
function translationFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) translationFiles(path, found);
    else if (/(\.i18n|-texts)\.(ar|tr|pl)\.ts$|^i18n\.(ar|tr|pl)\.ts$/.test(name)) found.push(relative(ROOT, path));
  }
  return found;
}

describe('translations', () => {
  it('every translation file belongs to a listed client text set', () => {
    const listed = new Set(CLIENT_TEXT_FILES.map((f) => f.replace(/\.ts$/, '')));
    const orphans = [...translationFiles(join(ROOT, 'libs')), ...translationFiles(join(ROOT, 'apps'))].filter(
      (f) => !listed.has(join(dirname(f), basename(f).replace(/\.(ar|tr|pl)\.ts$/, ''))),
    );
    expect(orphans).toEqual([]);
  });

  describe.each(CLIENT_TEXT_FILES)('%s', (file) => {
    it.each(EXTRA_LANGUAGES)('has a complete %s translation with the same placeholders', async (lang) => {
      const texts = textSetOf(file);
      const loader = texts.more?.[lang];
      expect(loader).toBeDefined();
      const translation: TextMap = (await loader!()).default;
      const missing = Object.keys(texts.nl).filter((key) => !(key in translation));
      const extra = Object.keys(translation).filter((key) => !(key in texts.nl));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      const wrong = Object.keys(texts.nl).filter((key) => placeholders(texts.nl[key]) !== placeholders(translation[key]));
      expect(wrong).toEqual([]);
      const untranslated = Object.keys(texts.nl).filter((key) => !translation[key].trim());
      expect(untranslated).toEqual([]);
      expect(readFileSync(join(ROOT, file), 'utf8')).toContain(`${lang}: () => import(`);
    });
  });
});
