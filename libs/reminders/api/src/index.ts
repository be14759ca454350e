export * from './lib/reminders.module';
