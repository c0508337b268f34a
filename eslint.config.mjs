// Lint guards the boundaries between projects and nothing else: what may import what, read from
// the tags in each project.json (README, "Boundaries"). Style is left to review.
import nx from '@nx/eslint-plugin';
import { createProjectGraphAsync } from '@nx/devkit';
import tsParser from '@typescript-eslint/parser';

// @nx/enforce-module-boundaries reads a cached project graph and, when there is none (a fresh
// clone, CI), skips every check without failing. Building the graph here makes each run, from
// the CLI, an editor or the Node API, check against the project.json files as they are now.
// No daemon: a lint run should leave no process behind on a shared machine.
process.env.NX_DAEMON ??= 'false';
const graph = await createProjectGraphAsync({ exitOnError: true });

const TYPES = ['type:domain', 'type:events', 'type:platform', 'type:contract', 'type:testing', 'type:app'];
const projects = Object.values(graph.nodes);
for (const { name, data } of projects) {
  const tags = data.tags ?? [];
  // A project without its tags would be bound by no constraint at all.
  if (tags.filter((t) => TYPES.includes(t)).length !== 1 || tags.filter((t) => t.startsWith('scope:')).length !== 1) {
    throw new Error(`project ${name} (${data.root}) needs one of ${TYPES.join(', ')} and one scope:<context> or scope:shared tag`);
  }
}
const contexts = [...new Set(projects.flatMap((p) => p.data.tags).filter((t) => t.startsWith('scope:') && t !== 'scope:shared'))];

const depConstraints = [
  // The domain is pure: deciders over the published language of their context, nothing else.
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contract'] },
  // Ports, envelopes and stores know no context and no rule.
  { sourceTag: 'type:events', onlyDependOnLibsWithTags: ['type:events'] },
  // Shared HTTP, auth and observability; a context's errors and texts belong to the context.
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:events'] },
  // A context's published language: event types, vocabularies, schemas. The domain implements it, so it knows no domain.
  { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract', 'type:events'] },
  // Scenario builders: a context's events as its deciders make them, recorded as the store would.
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing', 'type:contract', 'type:domain', 'type:events'] },
  // A service is built from libraries, never from another service.
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:events', 'type:platform', 'type:contract', 'type:testing'] },
  // A context reads its own code, the shared libraries, and other contexts only through their contracts
  // (and, in its tests, their scenario builders: the events a consumer receives, as the producer makes them).
  ...contexts.map((scope) => ({ sourceTag: scope, onlyDependOnLibsWithTags: [scope, 'scope:shared', 'type:contract', 'type:testing'] })),
];

// Libraries the domain may import: the contracts (types, vocabularies, schemas as data). Adding one is a decision to make here, not in passing.
const DOMAIN_LIBRARIES = ['@homeward/contracts/[a-z-]+'];
const pureDomain = {
  // Anything but a relative path or a listed library: Node built-ins (`fs` and `node:fs`),
  // NestJS, pg, kafkajs, mongoose, and the other libs (which enforce-module-boundaries names).
  regex: DOMAIN_LIBRARIES.length ? `^(?!\\.\\.?/|(${DOMAIN_LIBRARIES.join('|')})(/|$))` : '^(?!\\.\\.?/)',
  message: 'libs/domain is pure TypeScript and imports only its own files: no I/O, no framework; time and ids come in the command metadata.',
};
// Scenario builders, fixtures and contract suites are for tests: code that ships never loads them.
const testsOnly = {
  regex: '^@homeward/.+/testing$|^@homeward/testing/|^\\.\\.?/(.+/)?testing(/|$)',
  message: 'A testing entry point is for tests (*.spec.ts) and other testing helpers only.',
};
const wholeEventsLibrary = {
  regex: '^@homeward/events$',
  message: 'A contract imports @homeward/events/catalogue (definitions and schema fragments), not the whole events library with its adapters.',
};
const TESTS = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/testing/**'];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.nx/**'] },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { depConstraints, allow: [], enforceBuildableLibDependency: false }],
    },
  },
  // One no-restricted-imports setting per file (a later block replaces an earlier one's), hence four.
  { files: ['apps/**/*.ts', 'libs/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': ['error', { patterns: [testsOnly] }] } },
  { files: ['libs/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [pureDomain] }] } },
  { files: ['libs/domain/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': ['error', { patterns: [pureDomain, testsOnly] }] } },
  // A contract loads only the pure part of the events library: the domain that imports it stays free of I/O.
  { files: ['libs/contracts/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': ['error', { patterns: [testsOnly, wholeEventsLibrary] }] } },
];
