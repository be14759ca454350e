export * from './lib/messages.contracts';
