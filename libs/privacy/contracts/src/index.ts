export * from './lib/audit-log.contracts';
