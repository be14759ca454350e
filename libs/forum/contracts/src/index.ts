export * from './lib/forum.contracts';
export * from './lib/forum-flags';
