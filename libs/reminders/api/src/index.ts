export * from './lib/reminders.module';
export * from './lib/lookup/mobile-numbers.module';
export * from './lib/lookup/mobile-numbers.service';
