import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideCase, evolveCase, initialCaseState } from '@homeward/domain';
import { caseStreamId, CommandHandler, ManualClock, uuidv7 } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { SERVICES } from '../../services';
import { startEmbedded } from '../../start-embedded';
import { registration, REGISTERED_AT } from './registrations';
import { SEEDED_MARK } from './seeded-directory';

/**
 * `node -r @swc-node/register tools/bench/boot/seed-cases.ts <dataDir> <cases>`: registers that many
 * returnees in a fresh embedded data directory, as intake writes them (the intake decider, the
 * catalogue validating every event at append), then waits until every service has relayed, taken
 * in and projected all of it, so the directory holds caught-up read models. Run in its own process,
 * so the bench that times the start carries none of this memory.
 */
const CONCURRENT = 8;

async function main(dataDir: string, cases: number): Promise<void> {
  const started = Date.now();
  const platform = await startEmbedded(dataDir);
  try {
    // startEmbedded starts them in the registry's order.
    const intake = platform.running[SERVICES.findIndex((s) => s.name === 'intake')];
    // The platform's write pipeline, on the instant the registrations are dated.
    const handler = new CommandHandler(intake.infra.store, {
      decider: { initialState: initialCaseState, evolve: evolveCase, decide: decideCase },
      idField: 'caseId',
      streamId: caseStreamId,
      clock: new ManualClock(REGISTERED_AT),
      metadata: ({ now, userId, role }) => ({ now, userId, role, today: now.slice(0, 10) }),
      country: (_before, after) => (after.status === 'none' ? '' : after.office),
    });
    let next = 0;
    const writer = async () => {
      for (let k = next++; k < cases; k = next++) {
        const caseId = uuidv7();
        const command = registration(k, caseId, { returneeId: uuidv7(), screeningId: uuidv7(), needId: uuidv7() });
        await handler.handle({ type: command.type, data: command.data }, { actor: { userId: command.metadata.userId, role: 'case_manager' }, correlationId: uuidv7() });
        if ((k + 1) % 1000 === 0) console.error(`[seed] ${k + 1}/${cases} registered (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT }, writer));
    await settled(platform.running);
    writeFileSync(join(dataDir, SEEDED_MARK), JSON.stringify({ cases, seededIn: (Date.now() - started) / 1000 }));
    console.error(`[seed] ${cases} cases seeded and projected in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await platform.close();
  }
}

/**
 * Until nothing moves: each relay has published everything (the in-process broker resolves a
 * publish once every group took it in), then each service's projections have read their log to
 * its head. Twice over, since an import wakes the importer's projections after the first pass.
 */
async function settled(running: RunningService[]): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    for (const s of running) await s.infra.relay.caughtUp();
    for (const s of running) await s.infra.projections.caughtUp();
  }
}

if (require.main === module) {
  const [dataDir, cases] = process.argv.slice(2);
  if (!dataDir || !(Number(cases) > 0)) {
    console.error('usage: seed-cases.ts <dataDir> <cases>');
    process.exit(2);
  }
  main(dataDir, Number(cases)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
