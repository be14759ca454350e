export * from './lib/forum.module';
export * from './lib/forum-membership';
export * from './lib/content/forum-install.repository';
export * from './lib/content/open-forums';
