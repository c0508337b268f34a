import { join } from 'node:path';
import { ESLint } from 'eslint';

// The repository's own eslint.config.mjs, on snippets linted as if they sat at `path`: proves
// that `npm run lint` refuses each kind of crossing, and still takes the imports we rely on.
const root = join(__dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problems(path: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const boundary = (message: string) => ({ rule: '@nx/enforce-module-boundaries', message: expect.stringContaining(message) });
const pureDomain = { rule: 'no-restricted-imports', message: expect.stringContaining('libs/domain is pure TypeScript') };

describe('The boundaries lint', () => {
  it('keeps the domain to the domain', async () => {
    expect(await problems('libs/domain/src/intake/x.ts', "import { EventStore } from '@homeward/events';")).toEqual([
      boundary('"type:domain" can only depend on libs tagged with "type:domain"'),
      pureDomain,
    ]);
  });

  it('keeps Node, NestJS and the database and broker clients out of the domain', async () => {
    const code = ["import { randomUUID } from 'node:crypto';", "import { readFileSync } from 'fs';", "import { Injectable } from '@nestjs/common';", "import { Pool } from 'pg';", "import { Kafka } from 'kafkajs';", "import mongoose from 'mongoose';"];
    expect(await problems('libs/domain/src/shared/x.ts', code.join('\n'))).toEqual(code.map(() => pureDomain));
  });

  it('lets the domain import its own files and the published language it implements', async () => {
    expect(await problems('libs/domain/src/intake/x.ts', "import { exhaustive } from '../shared/exhaustive';\nexport { exhaustive };")).toEqual([]);
    expect(await problems('libs/domain/src/intake/x.ts', "import type { CaseEvent } from '@homeward/contracts/intake';\nexport type { CaseEvent };")).toEqual([]);
  });

  it('keeps the domain out of a contract, and the adapters of the events library too', async () => {
    expect(await problems('libs/contracts/intake/src/x.ts', "import { decideCase } from '@homeward/domain';")).toEqual([
      boundary('Circular dependency between "contracts-intake" and "domain"'),
    ]);
    expect(await problems('libs/contracts/intake/src/x.ts', "import { closed } from '@homeward/events';")).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('A contract imports @homeward/events/catalogue') },
    ]);
    expect(await problems('libs/contracts/intake/src/x.ts', "import { closed } from '@homeward/events/catalogue';\nexport { closed };")).toEqual([]);
  });

  it('keeps every context out of the events library', async () => {
    // Every context already builds on the events library, so the rule finds the cycle first.
    expect(await problems('libs/events/src/x.ts', "import { INTAKE_CONTRACT } from '@homeward/contracts/intake';")).toEqual([
      boundary('Circular dependency between "events" and "contracts-intake"'),
    ]);
    // The domain builds on a contract, which builds on the events catalogue: a cycle again.
    expect(await problems('libs/events/src/x.ts', "import { decideCase } from '@homeward/domain';")).toEqual([
      boundary('Circular dependency between "events" and "domain"'),
    ]);
  });

  it('lets the platform build on the events library, and on no context', async () => {
    expect(await problems('libs/platform/src/x.ts', "import { EventStore } from '@homeward/events';")).toEqual([]);
    expect(await problems('libs/platform/src/x.ts', "import { INTAKE_CONTRACT } from '@homeward/contracts/intake';")).toEqual([
      boundary('"type:platform" can only depend on libs tagged with "type:platform", "type:events"'),
    ]);
  });

  it('refuses a service importing another, even by a relative path', async () => {
    expect(await problems('apps/monitoring/src/x.ts', "import { IntakeModule } from '../../intake/src/intake.module';")).toEqual([
      boundary('Projects cannot be imported by a relative or absolute path'),
    ]);
    expect(await problems('apps/planning/src/x.ts', "import { exhaustive } from '../../../libs/domain/src/shared/exhaustive';")).toEqual([
      boundary('Projects cannot be imported by a relative or absolute path'),
    ]);
    expect(await problems('apps/planning/src/x.ts', "import { IntakeModule } from 'apps/intake/src/intake.module';")).toEqual([
      boundary('Projects cannot be imported by a relative or absolute path'),
    ]);
  });

  it("lets a service read another context's events through its contract, and the shared libraries", async () => {
    const code = ["import { INTAKE_CONTRACT } from '@homeward/contracts/intake';", "import { registerConsent } from '@homeward/domain';", "import { EventStore } from '@homeward/events';", "import { Public } from '@homeward/platform';"];
    expect(await problems('apps/monitoring/src/x.ts', code.join('\n'))).toEqual([]);
  });

  it("keeps testing helpers in tests, where a service may use another context's scenarios", async () => {
    const scenario = "import { CaseScenario } from '@homeward/testing/intake';";
    expect(await problems('apps/monitoring/src/case-list/x.spec.ts', scenario)).toEqual([]);
    const testsOnly = { rule: 'no-restricted-imports', message: expect.stringContaining('A testing entry point is for tests') };
    expect(await problems('apps/monitoring/src/case-list/x.ts', scenario)).toEqual([testsOnly]);
    expect(await problems('libs/domain/src/intake/x.ts', "import { given } from './testing/case-fixtures';")).toEqual([testsOnly]);
    expect(await problems('libs/domain/src/intake/x.spec.ts', "import { given } from './testing/case-fixtures';")).toEqual([]);
  });

  it("takes planning's contract as it takes intake's: the domain implements it, it reads intake's vocabulary, it imports no domain", async () => {
    expect(await problems('libs/domain/src/planning/x.ts', "import type { PlanEvent } from '@homeward/contracts/planning';\nexport type { PlanEvent };")).toEqual([]);
    expect(await problems('libs/contracts/planning/src/x.ts', "import { CONSENT_PURPOSES } from '@homeward/contracts/intake';\nexport { CONSENT_PURPOSES };")).toEqual([]);
    expect(await problems('libs/contracts/planning/src/x.ts', "import { decidePlan } from '@homeward/domain';")).toEqual([
      boundary('Circular dependency between "contracts-planning" and "domain"'),
    ]);
    expect(await problems('apps/referrals/src/x.ts', "import type { PlanningTopicEvent } from '@homeward/contracts/planning';\nexport type { PlanningTopicEvent };")).toEqual([]);
  });
});
