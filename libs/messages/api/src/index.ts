export * from './lib/messages.module';
export * from './lib/deadline.service';
export * from './lib/inbox.service';
export * from './lib/worker-threads.service';
export * from './lib/group-messages.service';
