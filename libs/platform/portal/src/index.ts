export * from './lib/i18n/texts';
export * from './lib/i18n/i18n.service';
export * from './lib/i18n/t.pipe';
export * from './lib/i18n/language-picker.component';
// Amsterdam date formatting lives in platform contracts so the API's mails read the same as the portal.
export {
  AMSTERDAM_TIME_ZONE,
  amsterdamCalendarDate,
  formatAmsterdamDate,
  formatAmsterdamDay,
  formatAmsterdamDayTime,
  formatAmsterdamShortDateTime,
  formatAmsterdamTime,
} from '@nabij/platform/contracts';
export * from './lib/http/api-client';
export * from './lib/http/api-error';
export * from './lib/http/auth.interceptor';
export * from './lib/http/own-task.interceptor';
export * from './lib/http/socket-transports';
export * from './lib/auth/auth.store';
export * from './lib/auth/role.guard';
export * from './lib/auth/idle-logout';
export * from './lib/ui/form-field.component';
export * from './lib/ui/alert.component';
export * from './lib/ui/evaluation-form.component';
export * from './lib/ui/focus';
export * from './lib/ui/new-password-form.component';
export * from './lib/ui/publish-actions.component';
export * from './lib/read-aloud/read-aloud.component';
export * from './lib/state/tab-storage';
export * from './lib/state/tab-signal';
export * from './lib/state/fresh-load';
export * from './lib/drafts/drafts';
export * from './lib/drafts/draft.directive';
export * from './lib/files/file-downloader';
export * from './lib/files/check-upload';
export * from './lib/layout/shell.component';
export * from './lib/layout/not-found.page';
export * from './lib/layout/forbidden.page';
