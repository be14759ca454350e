import { defineTexts } from '@nabij/platform/portal';
import { ERASURE_RULES } from '@nabij/privacy/contracts';

/** `privacy.erasure.<kind>.what` and `.why` of every erasure rule in one of the languages the rules are written in. */
function ruleTexts(lang: 'nl' | 'en'): Record<string, string> {
  return Object.fromEntries(
    ERASURE_RULES.flatMap((rule) => [
      [`privacy.erasure.${rule.kind}.what`, rule.what[lang]],
      [`privacy.erasure.${rule.kind}.why`, rule.why[lang]],
    ]),
  );
}

/**
 * The erasure rules as the client reads them on "Mijn gegevens" before asking to delete their data.
 * Dutch and English are the rules themselves (written once, in the privacy contracts, for the API's
 * plan too); Arabic, Turkish and Polish are translations with exactly these keys.
 */
export const erasureRuleTexts = defineTexts({
  more: {
    ar: () => import('./erasure-rules.i18n.ar'),
    tr: () => import('./erasure-rules.i18n.tr'),
    pl: () => import('./erasure-rules.i18n.pl'),
  },
  nl: ruleTexts('nl'),
  en: ruleTexts('en'),
});
