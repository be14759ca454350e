export * from './lib/reports.module';
export * from './lib/caseload-report.service';
export * from './lib/hours-minutes';
