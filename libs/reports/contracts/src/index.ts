export * from './lib/caseload.contracts';
export * from './lib/referral-report.contracts';
