export * from './lib/library.contracts';
export * from './lib/highlight';
export * from './lib/self-test.contracts';
export * from './lib/question.contracts';
export * from './lib/editor.contracts';
export * from './lib/content-editor.contracts';
export * from './lib/shelf.contracts';
