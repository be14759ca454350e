export * from './lib/roles';
export * from './lib/error-body';
export * from './lib/uploads';
