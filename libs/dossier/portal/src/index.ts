export * from './lib/i18n';
export * from './lib/dossier.api';
export * from './lib/client-dossier.store';
export * from './lib/client/client-case.component';
export * from './lib/client/client-dossier.page';
export * from './lib/caseload/caseload.page';
export * from './lib/caseload/case.page';
export * from './lib/team/team-closed-cases.page';
