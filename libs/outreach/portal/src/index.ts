export * from './lib/outreach.api';
export * from './lib/outreach.i18n';
