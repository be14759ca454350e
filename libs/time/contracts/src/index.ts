export * from './lib/time.contracts';
export * from './lib/contact-occurred.event';
export * from './lib/conversation-limit.contracts';
