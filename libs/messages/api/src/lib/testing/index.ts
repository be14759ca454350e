// Test factories of the messages domain (`@nabij/messages/api/testing`): for specs only, never
// exported from the lib's production index.
export * from './message-factory';
