export * from './lib/i18n';
export * from './lib/login/login.page';
export * from './lib/home/client-home.page';
export * from './lib/home/worker-home.page';
export * from './lib/home/team-lead-home.page';
export * from './lib/home/admin-home.page';
