export * from './lib/library.api';
export * from './lib/library.i18n';
