// Test factories of the time domain (`@nabij/time/api/testing`): for specs only, never exported from
// the lib's production index.
export * from './time-factory';
