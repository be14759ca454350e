export * from './lib/identity.module';
export * from './lib/accounts.service';
export * from './lib/activation/activation.service';
export * from './lib/password.service';
export * from './lib/password-policy.service';
export * from './lib/sessions.service';
export * from './lib/entities/account.entity';
export * from './lib/entities/team.entity';
