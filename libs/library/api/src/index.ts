export * from './lib/library.module';
export * from './lib/content/install-library';
export * from './lib/content/library-content';
export * from './lib/content/self-tests';
export * from './lib/content/exercises';
