export * from './lib/caseload.contracts';
export * from './lib/referral-report.contracts';
export * from './lib/evaluation.contracts';
export * from './lib/intake.contracts';
export * from './lib/extension-report.contracts';
export * from './lib/insight.contracts';
