// Test factories of the identity domain (`@nabij/identity/api/testing`): for specs only, never
// exported from the lib's production index.
export * from './account-factory';
