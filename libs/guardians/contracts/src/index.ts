export * from './lib/guardians.contracts';
