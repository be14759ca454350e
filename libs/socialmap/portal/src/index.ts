export * from './lib/socialmap.api';
export * from './lib/socialmap.i18n';
