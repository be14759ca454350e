export * from './lib/caseload.contracts';
