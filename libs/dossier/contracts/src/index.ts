export * from './lib/case.contracts';
