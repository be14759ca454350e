export * from './lib/teams.contracts';
export * from './lib/staff.contracts';
export * from './lib/invites.contracts';
