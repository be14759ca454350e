export * from './lib/audit-log.contracts';
export * from './lib/personal-data.contracts';
export * from './lib/deletion-request.contracts';
