export * from './lib/organisation.api';
export * from './lib/organisation.i18n';
export * from './lib/teams.page';
export * from './lib/staff.page';
export * from './lib/invites.i18n';
export * from './lib/invite-staff.component';
export * from './lib/accept-invite.page';
