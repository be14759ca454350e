export * from './lib/auth.contracts';
export * from './lib/password-rules';
export * from './lib/account-settings.contracts';
export * from './lib/activation.contracts';
export * from './lib/two-factor.contracts';
export * from './lib/language.contracts';
