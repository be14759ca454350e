export * from './lib/fixed-clock';
export * from './lib/test-database';
export * from './lib/test-app';
export * from './lib/test-accounts';
export * from './lib/test-organisation';
export * from './lib/test-totp';
export * from './lib/test-socket';
