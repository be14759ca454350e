import type { Language } from '@nabij/platform/contracts';

export type { Language } from '@nabij/platform/contracts';
export { LANGUAGES, STAFF_LANGUAGES, isLanguage } from '@nabij/platform/contracts';

/**
 * PATCH (any signed-in account) with an AccountLanguageRequest: remembers the language the account
 * reads; 204. Clients and parents choose from LANGUAGES, staff from STAFF_LANGUAGES (else 400 naming
 * `language`). The signed-in user's "me" and session answers carry it as `language`.
 */
export const ACCOUNT_LANGUAGE_PATH = '/api/account/language';

export interface AccountLanguageRequest {
  language: Language;
}
