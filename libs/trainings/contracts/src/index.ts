export * from './lib/training-content.contracts';
export * from './lib/training-participation.contracts';
