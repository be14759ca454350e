export * from './lib/teams.contracts';
