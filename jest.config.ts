/**
 * @jest-config-loader-options {"transpileOnly": true, "compilerOptions": {"module": "CommonJS", "moduleResolution": "bundler"}}
 */
// jest reads this file through ts-node without type-checking it there (that cost every jest start
// 1.5 s); `npm run typecheck` checks it with the spec files (tsconfig.spec.json).
import type { Config } from 'jest';
import { pathsToModuleNameMapper } from 'ts-jest';
import { readFileSync } from 'node:fs';

/* eslint-disable @typescript-eslint/no-require-imports */
const { writeSpecGroups, SPEC_GROUP_FILES } = require('./tools/testing/spec-groups') as {
  writeSpecGroups(specs: Record<'api' | 'portal', string[]>): void;
  SPEC_GROUP_FILES: Record<'api' | 'portal', string>;
};
const portal = require('./apps/portal/jest.config.cts') as Config & { testMatch: string[] };
/* eslint-enable @typescript-eslint/no-require-imports */

const API_UNIT_SPECS = ['<rootDir>/apps/api/**/*.spec.ts', '<rootDir>/libs/*/api/**/*.spec.ts', '<rootDir>/libs/*/contracts/**/*.spec.ts'];
const API_INTEGRATION_SPECS = [
  '<rootDir>/apps/api/**/*.integration-spec.ts',
  '<rootDir>/libs/*/api/**/*.integration-spec.ts',
  '<rootDir>/migrations/**/*.integration-spec.ts',
];

/**
 * `npm test` sets NABIJ_SPEC_GROUPS=1: the API's integration specs and the portal's specs then run
 * as groups of spec files (tools/testing/spec-groups.js, written from the same testMatch globs), each
 * group in one module registry, instead of one registry per file. Without it, as for
 * `npx jest <file>`, every spec file runs on its own.
 */
const SPEC_GROUPS = process.env['NABIJ_SPEC_GROUPS'] === '1';
if (SPEC_GROUPS) writeSpecGroups({ api: API_INTEGRATION_SPECS, portal: portal.testMatch });

const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'));
const moduleNameMapper = pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' });

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
] as const;

/**
 * otplib's crypto and base32 plugins depend on ESM-only packages; Node requires them natively, jest's
 * CommonJS runtime needs them transformed like our own code.
 */
const ESM_ONLY_PACKAGES = '/node_modules/(?!(otplib|@otplib|@noble|@scure)/)';

/**
 * One jest run for everything (`npm test`): API unit and integration specs against real
 * PostgreSQL, portal component specs, and browser journeys against the built app.
 */
const config: Config = {
  globalSetup: '<rootDir>/tools/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/tools/testing/global-teardown.mjs',
  maxWorkers: 2,
  // Longest first also on a clean checkout, with a group of spec files counted as its specs' size.
  testSequencer: '<rootDir>/tools/testing/sequencer.js',
  // Integration specs start a Nest app on a fresh database and browser journeys drive chromium; on a
  // busy 2-core machine that passes jest's default 5 s. Jest reads testTimeout only here (the global
  // config), never from a project below; hooks (beforeAll/afterAll) get the same timeout.
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tools/testing/summary-reporter.js'],
  projects: [
    {
      displayName: 'api',
      testEnvironment: 'node',
      rootDir: __dirname,
      // A query sent to a pg connection that is still busy fails its spec file (pg 9 refuses it).
      setupFilesAfterEnv: ['<rootDir>/tools/testing/pg-one-query-at-a-time.ts'],
      testMatch: [...API_UNIT_SPECS, ...(SPEC_GROUPS ? [SPEC_GROUP_FILES.api] : API_INTEGRATION_SPECS)],
      transform: { '^.+\\.(t|j)s$': swc as unknown as [string, Record<string, unknown>] },
      transformIgnorePatterns: [ESM_ONLY_PACKAGES],
      moduleNameMapper,
    },
    // In groups: the portal's own config with the group files to run (its rootDir, '../..' from its
    // folder, is this folder).
    SPEC_GROUPS ? { ...portal, rootDir: __dirname, testMatch: [SPEC_GROUP_FILES.portal] } : '<rootDir>/apps/portal/jest.config.cts',
    {
      displayName: 'e2e',
      // Node's environment plus one chromium per worker, shared by the journeys it runs.
      testEnvironment: '<rootDir>/tools/testing/e2e-environment.js',
      // A journey starts the built Nabij and drives chromium page by page: twice the time.
      setupFilesAfterEnv: ['<rootDir>/tools/testing/e2e-timeout.ts'],
      rootDir: __dirname,
      testMatch: ['<rootDir>/apps/portal-e2e/**/*.e2e-spec.ts'],
      transform: { '^.+\\.(t|j)s$': swc as unknown as [string, Record<string, unknown>] },
      transformIgnorePatterns: [ESM_ONLY_PACKAGES],
      moduleNameMapper,
    },
  ],
};

export default config;
