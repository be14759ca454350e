export * from './lib/demo.module';
export * from './lib/demo-seed.service';
export * from './lib/demo-accounts';
export * from './lib/demo-context';
export * from './lib/caseload-demo';
export * from './lib/trainings-demo';
export * from './lib/table-b-demo';
export * from './lib/chat-demo';
