export * from './lib/reminders.api';
export * from './lib/reminders.i18n';
