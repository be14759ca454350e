export * from './lib/guardians.module';
