export * from './lib/time.module';
export * from './lib/time-prefill.service';
export { dutchToday } from './lib/time-rules';
export { ContactOccurredHandler } from './lib/contact-occurred.handler';
