import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fingerprintOf, openDigest, pgExecutor, pgliteExecutor, PostgresEventStore, signDigest, verifyChains, type ChainReport, type ServiceHeads, type SqlExecutor } from '@homeward/events';
import { configFromEnv, serviceSchema } from '@homeward/platform';
import { digestSigningKey } from './digest-key';
import { SERVICES } from './services';

const USAGE = `usage: npm run verify -- [service …] [--against <digest.json>] [--out <digest.json>]

Checks every stream of each service (all of them when none is named) against its hash chain and
names the first broken link of each stream. Then writes the head of every stream as a digest signed
with HOMEWARD_DIGEST_KEY_FILE (or data/digest-signing-key.pem, made on first use): keep it outside
the platform. --against checks an earlier digest's signature and that every head in it is still
there, unchanged: that catches a removed tail, which a chain alone cannot.
services: ${SERVICES.map((s) => s.name).join(', ')}. Exit status: 0 intact, 1 broken or diverged, 2 usage.
Embedded mode (the default): stop npm start first, the embedded database opens in one process at a time.`;

interface Args {
  services: string[];
  against?: string;
  out?: string;
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (!args) return usage();
  const earlier = args.against ? openDigest(readFileSync(args.against, 'utf8')) : undefined;
  if (earlier) console.log(`${args.against}: signature valid, made ${earlier.digest.createdAt}, key ${earlier.fingerprint}`);
  const results: ServiceHeads[] = [];
  let broken = 0;
  const shared = await sharedSql();
  try {
    for (const definition of SERVICES.filter((s) => !args.services.length || args.services.includes(s.name))) {
      const config = configFromEnv(definition);
      const schema = serviceSchema(config);
      const sql = shared ?? (await pgExecutor(config.pgUrl!, 2));
      try {
        // Opening brings the schema to the current version, the digest function included.
        await PostgresEventStore.open(sql, schema);
        const expected = earlier?.digest.services.find((s) => s.service === definition.name)?.heads;
        const report = await withProgress(definition.name, (onProgress) => verifyChains(sql, schema, { expected, onProgress }));
        broken += report.broken.length;
        print(definition.name, report);
        results.push({ service: definition.name, schema, events: report.events, heads: report.heads });
      } finally {
        if (!shared) await sql.close();
      }
    }
  } finally {
    await shared?.close();
  }
  const { key, file, made } = digestSigningKey();
  if (made) console.log(`made a signing key in ${file}`);
  const out = args.out ?? join(process.env.HOMEWARD_DATA_DIR ?? 'data', 'digests', `chain-digest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(signDigest(results, key), null, 2)}\n`);
  console.log(`digest of ${results.reduce((n, s) => n + s.heads.length, 0)} stream heads written to ${out}, signed by ${fingerprintOf(key)}`);
  return broken ? 1 : 0;
}

function print(service: string, report: ChainReport): void {
  if (!report.broken.length) return console.log(`${service}: ${report.events} events in ${report.streams} streams, every link intact`);
  console.log(`${service}: ${report.events} events in ${report.streams} streams, ${report.broken.length} broken:`);
  for (const b of report.broken) console.log(`  ${b.streamId} at version ${b.version}: ${b.kind}: ${b.detail}`);
}

/** Embedded: the one database every service shares, as npm start opens it. */
async function sharedSql(): Promise<SqlExecutor | undefined> {
  const config = configFromEnv(SERVICES[0]);
  return config.mode === 'embedded' ? pgliteExecutor(join(config.dataDir, 'eventstore'), { templates: config.cacheDir }) : undefined;
}

async function withProgress<T>(name: string, run: (onProgress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
  const bar = new SingleBar({ format: `${name} [{bar}] {percentage}% | {value}/{total} events | {duration}s` }, Presets.shades_classic);
  bar.start(0, 0);
  try {
    return await run((done, total) => {
      bar.setTotal(total);
      bar.update(done);
    });
  } finally {
    bar.stop();
  }
}

function parse(argv: string[]): Args | null {
  const args: Args = { services: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--against' || a === '--out') {
      const value = argv[++i];
      if (!value) return null;
      args[a === '--against' ? 'against' : 'out'] = value;
    } else if (SERVICES.some((s) => s.name === a)) args.services.push(a);
    else return null;
  }
  return args;
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
