export * from './lib/reminders.contracts';
export * from './lib/reminder-text';
