export * from './lib/auth.contracts';
export * from './lib/password-rules';
