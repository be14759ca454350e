export * from './lib/library.module';
export * from './lib/content/install-library';
export * from './lib/content/library-content';
