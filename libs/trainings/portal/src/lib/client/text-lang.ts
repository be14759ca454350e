/** `dir` for texts in `lang` set apart from the page's language (issue 17): null when they are in the page's. */
export function textDirection(lang: string | null): 'rtl' | 'ltr' | null {
  if (!lang) return null;
  return lang === 'ar' ? 'rtl' : 'ltr';
}
