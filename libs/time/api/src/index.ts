export * from './lib/time.module';
export * from './lib/time-prefill.service';
