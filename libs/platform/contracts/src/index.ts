export * from './lib/roles';
export * from './lib/error-body';
export * from './lib/uploads';
export * from './lib/two-factor';
export * from './lib/amsterdam-time';
export * from './lib/csv';
export * from './lib/ics';
export * from './lib/languages';
