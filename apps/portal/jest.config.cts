const { readFileSync } = require('node:fs');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/../../tsconfig.base.json`, 'utf8'));

/** Portal component and store specs: the shell in apps/portal and every libs/<domain>/portal. */
module.exports = {
  displayName: 'portal',
  rootDir: '../..',
  testEnvironment: 'jsdom',
  // Under `npm test` (NABIJ_SPEC_GROUPS=1) the specs run in groups that jest.config.ts writes
  // (tools/testing/spec-groups.js); otherwise each spec file on its own.
  testMatch:
    process.env['NABIJ_SPEC_GROUPS'] === '1'
      ? ['<rootDir>/tmp/spec-groups/portal/*.group-spec.js']
      : ['<rootDir>/apps/portal/src/**/*.spec.ts', '<rootDir>/libs/*/portal/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/apps/portal/src/test-setup.ts'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/apps/portal/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
  moduleFileExtensions: ['ts', 'html', 'js', 'json', 'mjs'],
};
