export * from './lib/questionnaire.contracts';
export * from './lib/outreach.contracts';
