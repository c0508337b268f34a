import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import request from 'supertest';
import { InMemoryReadModelStore, pgExecutor, ProjectionRunner, type SqlExecutor } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { RunningService } from '@homeward/platform';
import { CASELOAD } from '../../apps/intake/src/caseload/caseload.projection';
import { intakeService } from '../../apps/intake/src/intake.module';
import { startTestService, TEST_MASTER_KEY } from '../testing/test-services';
import { TEST_ISSUER, TEST_SECRET, tokenFor } from '../testing/test-auth';
import { registerReturnee } from './registration-slice.scenario';

const repo = resolve(__dirname, '../..');
const run = promisify(execFile);

/**
 * `npm run projections -- rebuild intake` from another process, against a live distributed intake
 * that keeps registering returnees and answering its caseload all along: every answer comes from
 * one whole version, and afterwards every read model equals a replay of the log from scratch (no
 * event lost, none applied twice), reads go to the new versions and the old ones are gone.
 */
describe.each(['postgres', 'mongo'] as const)('Rebuilding intake beside a live instance, read models on %s (real PostgreSQL, Kafka, FerretDB)', (readModels) => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_KAFKA_BROKERS');
  requireEnv('HOMEWARD_MONGO_URL');
  const namespace = `t${randomBytes(4).toString('hex')}`;
  const name = `intake_${namespace}`;
  let intake: RunningService;
  let sql: SqlExecutor;
  let mongo: mongoose.Connection | undefined;

  const cli = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', 'tools/projections-cli.ts', ...args], {
      cwd: repo,
      env: {
        ...process.env,
        HOMEWARD_MODE: 'distributed',
        HOMEWARD_NAMESPACE: namespace,
        HOMEWARD_TOPIC_PREFIX: `${namespace}.`,
        HOMEWARD_READ_MODELS: readModels,
        HOMEWARD_JWT_SECRET: TEST_SECRET,
        HOMEWARD_JWT_ISSUER: TEST_ISSUER,
        // The deployment's master key: the live instance's, so the rebuild opens the personal parts it sealed.
        HOMEWARD_MASTER_KEY: TEST_MASTER_KEY,
      },
      timeout: 120000,
    });
    return stdout;
  };
  const exists = async (physical: string) => {
    if (readModels === 'postgres') return (await sql.query<{ t: string | null }>(`SELECT to_regclass('${name}_read_models."rm_${physical}"')::text AS t`)).rows[0].t !== null;
    return (await mongo!.db!.listCollections({ name: physical }).toArray()).length > 0;
  };

  beforeAll(async () => {
    sql = await pgExecutor(process.env.HOMEWARD_PG_URL!);
    if (readModels === 'mongo') mongo = await mongoose.createConnection(process.env.HOMEWARD_MONGO_URL!, { dbName: `homeward_${name}` }).asPromise();
    intake = await startTestService('intake', intakeService, { mode: 'distributed', namespace, readModels });
  }, 60000);
  afterAll(async () => {
    await intake?.close();
    // Collections one by one: dropping a database crashes FerretDB.
    for (const c of (await mongo?.db!.listCollections().toArray()) ?? []) await mongo!.db!.dropCollection(c.name);
    await mongo?.close();
    await sql?.exec(`DROP SCHEMA IF EXISTS ${name} CASCADE; DROP SCHEMA IF EXISTS ${name}_read_models CASCADE`);
    await sql?.close();
  });

  it('keeps registering and answering while the CLI rebuilds every projection, and loses nothing', async () => {
    for (let i = 0; i < 20; i++) expect((await registerReturnee(intake)).status).toBe(201);
    await intake.infra.projections.caughtUp();
    const token = await tokenFor();
    const before = (await request(intake.app.getHttpServer()).get('/caseload?limit=1').set('Authorization', `Bearer ${token}`)).body.total;
    expect(before).toBe(20);

    let rebuilding = true;
    const registered = (async () => {
      let n = 0;
      // About 20 a second: steady traffic, not a load test on two shared cores.
      while (rebuilding && n < 300) {
        expect((await registerReturnee(intake)).status).toBe(201);
        n++;
        await new Promise((r) => setTimeout(r, 25));
      }
      return n;
    })();
    const answers: Array<{ status: number; total: number }> = [];
    const reading = (async () => {
      while (rebuilding) {
        const res = await request(intake.app.getHttpServer()).get('/caseload?limit=1').set('Authorization', `Bearer ${token}`);
        answers.push({ status: res.status, total: res.body.total });
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const started = Date.now();
    const output = await cli('rebuild', 'intake').finally(() => (rebuilding = false));
    const more = await registered;
    await reading;
    console.log(`[rebuild-live ${readModels}] CLI ran ${Date.now() - started} ms while ${more} returnees registered; ${answers.length} caseload reads\n${output}`);

    expect(answers.every((a) => a.status === 200)).toBe(true);
    // Never an empty or half-built version: the new one holds at least what the old one held when the rebuild began.
    expect(Math.min(...answers.map((a) => a.total))).toBeGreaterThanOrEqual(before);
    await new Promise((r) => setTimeout(r, intake.infra.readModels.maxStaleMs));
    await intake.infra.projections.caughtUp();
    const truth = new InMemoryReadModelStore();
    const replay = new ProjectionRunner(intake.infra.store, truth, intakeService.projections);
    for (const projection of intakeService.projections) {
      await replay.rebuild(projection);
      const physical = await intake.infra.readModels.physicalOf(projection.collection);
      expect(physical).toBe(`${projection.collection}__v1`);
      const byId = (docs: Array<{ _id: string }>) => [...docs].sort((a, b) => a._id.localeCompare(b._id));
      expect(byId(await intake.infra.readModels.find(projection.collection, {}))).toEqual(byId(await truth.find(projection.collection, {})));
      expect(await exists(projection.collection)).toBe(false);
    }
    expect(await intake.infra.readModels.count(CASELOAD, {})).toBe(20 + more);
    const listed = await cli('list', 'intake');
    expect(listed).toContain(`intake.caseload\tcollection=caseload\tphysical=caseload__v1\tversion=1\tcheckpoint=${await intake.infra.store.headPosition()}`);
  }, 240000);
});
