export * from './lib/privacy.i18n';
export * from './lib/privacy.api';
export * from './lib/my-data.page';
export * from './lib/access-log.page';
export * from './lib/privacy-requests.page';
