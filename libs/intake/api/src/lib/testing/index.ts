// Test factories of the intake domain: for specs only, never exported from the lib's production index.
export * from './service-area-factory';
