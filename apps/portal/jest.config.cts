const { readFileSync } = require('node:fs');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/../../tsconfig.base.json`, 'utf8'));

/** Portal component and store specs: the shell in apps/portal and every libs/<domain>/portal. */
module.exports = {
  displayName: 'portal',
  rootDir: '../..',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/apps/portal/src/**/*.spec.ts', '<rootDir>/libs/*/portal/**/*.spec.ts'],
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
