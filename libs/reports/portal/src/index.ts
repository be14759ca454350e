export * from './lib/reports.i18n';
export * from './lib/reports.api';
export * from './lib/caseload-report.store';
export * from './lib/bar-chart.component';
export * from './lib/caseload-report.page';
export * from './lib/report-link.component';
