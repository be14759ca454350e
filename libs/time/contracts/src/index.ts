export * from './lib/time.contracts';
