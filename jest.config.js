/**
 * One jest run: unit (.spec), real-server (.int-spec) and whole-service (.e2e-spec) tests.
 * `npm test` passes --forceExit: after consumer-group rebalances, kafkajs 2.2.4 can open a
 * coordinator connection (heartbeat, leave group) while a consumer disconnects and never
 * close it, which would keep jest waiting forever; every service we start is closed.
 */
const swc = ['@swc/jest', JSON.parse(require('fs').readFileSync(__dirname + '/.swcrc', 'utf8'))];
const shared = {
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@homeward/events/testing$': '<rootDir>/libs/events/src/testing/index.ts',
    '^@homeward/events/catalogue$': '<rootDir>/libs/events/src/catalogue/index.ts',
    '^@homeward/events$': '<rootDir>/libs/events/src/index.ts',
    '^@homeward/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@homeward/platform$': '<rootDir>/libs/platform/src/index.ts',
    '^@homeward/testing/(.*)$': '<rootDir>/libs/testing/$1/src/index.ts',
    '^@homeward/contracts/(.*)$': '<rootDir>/libs/contracts/$1/src/index.ts',
  },
  testEnvironment: 'node',
  rootDir: __dirname,
};
module.exports = {
  globalSetup: '<rootDir>/tools/jest/global-setup.js',
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.{int,e2e}-spec.ts'] },
  ],
};
