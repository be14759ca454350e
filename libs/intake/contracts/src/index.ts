export * from './lib/postcode';
export * from './lib/intake.contracts';
