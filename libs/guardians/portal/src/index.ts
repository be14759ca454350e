export * from './lib/guardians.api';
export * from './lib/guardians.i18n';
export * from './lib/case-guardians.component';
export * from './lib/my-guardians.component';
