export * from './lib/outreach.module';
export * from './lib/questionnaires/install-questionnaire';
export * from './lib/questionnaires/family-questionnaire';
