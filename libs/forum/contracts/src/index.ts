export * from './lib/forum.contracts';
export * from './lib/forum-flags';
export * from './lib/cohort-created.event';
