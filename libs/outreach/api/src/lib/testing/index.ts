// Test helpers of the outreach domain, for specs only: not exported from the lib's production index.
export * from './outreach-fixtures';
