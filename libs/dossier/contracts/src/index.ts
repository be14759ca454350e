export * from './lib/case.contracts';
export * from './lib/dossier.contracts';
