export * from './lib/library.contracts';
export * from './lib/highlight';
