export * from './lib/forum.api';
export * from './lib/forum.i18n';
