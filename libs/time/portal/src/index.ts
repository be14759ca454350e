export * from './lib/time.i18n';
export * from './lib/time.api';
export * from './lib/my-week.store';
export * from './lib/my-week.page';
export * from './lib/my-hours-link.component';
export * from './lib/contact-defaults.page';
