export * from './lib/socialmap.contracts';
