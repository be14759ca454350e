// Test factories of the dossier domain (`@nabij/dossier/api/testing`): for specs only, never
// exported from the lib's production index.
export * from './case-factory';
export * from './appointment-factory';
