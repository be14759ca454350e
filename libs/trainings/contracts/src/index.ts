export * from './lib/training-content.contracts';
export * from './lib/training-participation.contracts';
export * from './lib/training-cohort.contracts';
export * from './lib/training-translation.contracts';
