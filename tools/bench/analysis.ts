import type { PhaseResults } from './append-phase';
import type { Diagnostics } from './diagnostics';
import { RAW_PAGING, READ_ALL, REBUILD } from './rebuild-phase';
import type { Ratio, ResultRow } from './report';
import type { ScenarioName } from './scenarios';
import { summarize, type Sample, type Summary } from './stats';

export const OURS = 'ours (catalogued, sealed)';
export const ADAPTER = 'ours (adapter only)';
/** Issue 9's pipeline as it was measured before sealing existed: the catalogue over the adapter. */
export const PIPELINE = 'ours (catalogued, not sealed)';
export const RAW = 'raw pg';
export const EMMETT = 'emmett-postgresql';

const SCENARIO_LABEL: Record<ScenarioName, string> = {
  'single-new': '1 event → new stream (expected 0)',
  'single-existing': '1 event → existing stream (expected = current)',
  batch: '100 events in one append',
  read: 'read back a 1,000-event stream',
};
const RAW_LABEL: Record<ScenarioName, string> = {
  'single-new': 'raw pg INSERT',
  'single-existing': 'raw pg INSERT',
  batch: 'raw pg multi-row INSERT',
  read: 'raw pg SELECT',
};

/** A measured difference; one that comes out negative is noise around zero and is labelled so. */
function delta(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 0 ? `+${ms.toFixed(3)} ms` : `≈ 0 ms (measured ${ms.toFixed(3)}, noise)`;
}

export class Analysis {
  private readonly summaries = new Map<string, Summary>();
  readonly rows: ResultRow[] = [];

  constructor(appends: PhaseResults, rebuild: Map<string, Sample[] | { status: string }>, contenders: string[], emmettLabel: string) {
    for (const [scenario, byContender] of appends) {
      for (const name of contenders) {
        const label = name === RAW ? RAW_LABEL[scenario as ScenarioName] : name === EMMETT ? emmettLabel : name;
        this.add(`${SCENARIO_LABEL[scenario as ScenarioName]}`, `${scenario}/${name}`, label, byContender.get(name));
      }
    }
    for (const name of [REBUILD, READ_ALL, RAW_PAGING]) this.add('read the whole log (rebuild)', `rebuild/${name}`, name, rebuild.get(name));
  }

  private add(scenario: string, key: string, contender: string, got: Sample[] | { error: string } | { status: string } | undefined): void {
    if (Array.isArray(got) && got.length) {
      const summary = summarize(got);
      this.summaries.set(key, summary);
      this.rows.push({ scenario, contender, summary });
    } else {
      const status = !got || Array.isArray(got) ? 'no data' : 'error' in got ? `failed: ${got.error.slice(0, 160)}` : got.status;
      this.rows.push({ scenario, contender, summary: null, status });
    }
  }

  get(key: string): Summary | undefined {
    return this.summaries.get(key);
  }

  private ratio(name: string, a: string, b: string, target: number | null): Ratio {
    const x = this.get(a)?.eventsPerSec;
    const y = this.get(b)?.eventsPerSec;
    return { name, value: x !== undefined && y !== undefined ? x / y : null, target };
  }

  ratios(): Ratio[] {
    return [
      this.ratio('ours / raw INSERT — single, new streams', `single-new/${OURS}`, `single-new/${RAW}`, 0.85),
      this.ratio('ours / raw INSERT — single, existing streams', `single-existing/${OURS}`, `single-existing/${RAW}`, 0.85),
      this.ratio('ours / emmett — single, new streams', `single-new/${OURS}`, `single-new/${EMMETT}`, 1.5),
      this.ratio('ours / emmett — single, existing streams', `single-existing/${OURS}`, `single-existing/${EMMETT}`, 1.5),
      this.ratio('ours / raw multi-row INSERT — batch of 100', `batch/${OURS}`, `batch/${RAW}`, 0.85),
      this.ratio('rebuild / raw read (paged SELECT)', `rebuild/${REBUILD}`, `rebuild/${RAW_PAGING}`, 0.8),
      // Issue 9: the platform's pipeline no worse than before it (0.93 / 0.95 / 1.24 against raw INSERT, measured then, before sealing).
      this.ratio('pipeline, not sealed / raw INSERT — single, new streams', `single-new/${PIPELINE}`, `single-new/${RAW}`, 0.93),
      this.ratio('pipeline, not sealed / raw INSERT — single, existing streams', `single-existing/${PIPELINE}`, `single-existing/${RAW}`, 0.95),
      this.ratio('pipeline, not sealed / raw multi-row INSERT — batch of 100', `batch/${PIPELINE}`, `batch/${RAW}`, 1.24),
      // Issue 11: what sealing costs an append, both sides hash-chained.
      this.ratio('ours / pipeline, not sealed — single, new streams', `single-new/${OURS}`, `single-new/${PIPELINE}`, 0.8),
      this.ratio('ours / pipeline, not sealed — single, existing streams', `single-existing/${OURS}`, `single-existing/${PIPELINE}`, 0.8),
      this.ratio('adapter only / raw INSERT — single, new streams', `single-new/${ADAPTER}`, `single-new/${RAW}`, null),
      this.ratio('ours / emmett — batch of 100', `batch/${OURS}`, `batch/${EMMETT}`, null),
      this.ratio('ours readStream / raw SELECT — 1,000 events', `read/${OURS}`, `read/${RAW}`, null),
      this.ratio('ours / emmett — read 1,000 events', `read/${OURS}`, `read/${EMMETT}`, null),
      this.ratio('readAll paging / raw paged SELECT', `rebuild/${READ_ALL}`, `rebuild/${RAW_PAGING}`, null),
    ];
  }

  /** µs of wall time per event, the unit in which costs add up. */
  private usPerEvent(key: string): number {
    const s = this.get(key);
    return s ? 1e6 / s.eventsPerSec : NaN;
  }

  diagnostics(d: Diagnostics | null): string[] {
    const cpu = (key: string) => this.get(key)?.cpuUsPerOp.toFixed(0) ?? 'n/a';
    const lines = [
      `Client CPU per single append (Node process, new streams): ours ${cpu(`single-new/${OURS}`)} µs, adapter only ${cpu(`single-new/${ADAPTER}`)} µs, raw INSERT ${cpu(`single-new/${RAW}`)} µs, emmett ${cpu(`single-new/${EMMETT}`)} µs (emmett runs in a worker thread; its figure is process-wide).`,
      `Client CPU per batch of 100: ours ${cpu(`batch/${OURS}`)} µs, adapter only ${cpu(`batch/${ADAPTER}`)} µs, raw multi-row INSERT ${cpu(`batch/${RAW}`)} µs.`,
      `Whole-log read per event: raw paged SELECT ${this.usPerEvent(`rebuild/${RAW_PAGING}`).toFixed(1)} µs, readAll ${this.usPerEvent(`rebuild/${READ_ALL}`).toFixed(1)} µs, rebuild ${this.usPerEvent(`rebuild/${REBUILD}`).toFixed(1)} µs — readAll − raw is the row → RecordedEvent mapping and upcast check; rebuild − readAll is the projection runner (per event an in-memory get and put, each a structuredClone, plus a checkpoint per page).`,
    ];
    if (!d) return [...lines, 'Diagnostics did not run.'];
    return [
      `Round trip of \`SELECT 1\` on the same kind of connection: p50 ${d.rttP50Ms.toFixed(3)} ms — the floor of any one-round-trip operation.`,
      `Catalogue validation (Ajv) of the bench event: ${d.validateUsPerEvent.toFixed(1)} µs per event.`,
      `Interleaved on one connection, one event each, p50: our one-event append statement (prepared, hash chain included) ${d.appendP50Ms.toFixed(3)} ms, plain INSERT ${d.rawInsertP50Ms.toFixed(3)} ms unnamed as the raw contender sends it, ${d.preparedInsertP50Ms.toFixed(3)} ms prepared${d.serverUs ? `; server CPU per statement ${d.serverUs.append.toFixed(0)} / ${d.serverUs.raw.toFixed(0)} / ${d.serverUs.prepared.toFixed(0)} µs` : ''}. Op-by-op interleaving runs every statement on cold caches (server and client CPU per op about twice what the same op costs in a run of its own, measured), which narrows the gaps: the contenders' slices are the figure of a writer's sustained rate.`,
      ...lines,
    ];
  }

  /** For each missed target, what the measurements say the gap is made of. */
  limits(ratios: Ratio[], d: Diagnostics | null): string[] {
    const out: string[] = [];
    const missed = (prefix: string) => ratios.some((r) => r.name.startsWith(prefix) && r.target !== null && r.value !== null && r.value < r.target);
    const p50 = (key: string) => this.get(key)?.p50Ms ?? NaN;
    if (missed('ours / raw INSERT') && d) {
      const gap = p50(`single-new/${OURS}`) - p50(`single-new/${RAW}`);
      const clientUs = (this.get(`single-new/${OURS}`)?.cpuUsPerOp ?? NaN) - (this.get(`single-new/${RAW}`)?.cpuUsPerOp ?? NaN);
      out.push(
        `Single appends: ours is ${gap.toFixed(3)} ms/op slower than a plain INSERT at p50. Measured parts: client CPU ${delta(clientUs / 1000)}/op (of which validation ${d.validateUsPerEvent.toFixed(0)} µs); ` +
          `the statement itself (jsonb unpacking, stream head lookup, hash chain) ${delta(d.appendP50Ms - d.rawInsertP50Ms)} over a plain INSERT${d.serverUs ? ` (server CPU ${delta((d.serverUs.append - d.serverUs.raw) / 1000)})` : ''}. ` +
          `With a ${d.rttP50Ms.toFixed(3)} ms round trip, a plain INSERT is mostly round trip, so every fixed server-side step shows up as a large fraction.`,
      );
    }
    if (missed('ours / emmett')) {
      out.push(
        `Against emmett: ours p50 ${p50(`single-new/${OURS}`).toFixed(3)} ms vs emmett ${p50(`single-new/${EMMETT}`).toFixed(3)} ms (new streams), ${p50(`single-existing/${OURS}`).toFixed(3)} vs ${p50(`single-existing/${EMMETT}`).toFixed(3)} ms (existing). ` +
          `Emmett sends BEGIN, its function call and COMMIT (three round trips, per its source); ours is one, so the ratio is bounded by how much of each call is round trip${d ? ` (${d.rttP50Ms.toFixed(3)} ms here)` : ''}.`,
      );
    }
    if (missed('ours / raw multi-row')) {
      const ours = this.usPerEvent(`batch/${OURS}`);
      const raw = this.usPerEvent(`batch/${RAW}`);
      const clientUs = ((this.get(`batch/${OURS}`)?.cpuUsPerOp ?? NaN) - (this.get(`batch/${RAW}`)?.cpuUsPerOp ?? NaN)) / 100;
      out.push(
        `Batches: ${ours.toFixed(1)} µs/event for ours vs ${raw.toFixed(1)} µs/event raw; client CPU accounts for ${clientUs.toFixed(1)} µs/event of the difference${d ? ` (validation ${d.validateUsPerEvent.toFixed(1)})` : ''}, ` +
          `the rest is server-side: unpacking the jsonb array (jsonb_array_elements, ->> per field, casts) against binding 1,200 typed parameters.`,
      );
    }
    if (missed('rebuild')) {
      const raw = this.usPerEvent(`rebuild/${RAW_PAGING}`);
      const readAll = this.usPerEvent(`rebuild/${READ_ALL}`);
      const rebuild = this.usPerEvent(`rebuild/${REBUILD}`);
      out.push(
        `Rebuild: ${rebuild.toFixed(1)} µs/event = raw read ${raw.toFixed(1)} + store mapping ${(readAll - raw).toFixed(1)} + projection runner ${(rebuild - readAll).toFixed(1)} µs/event (measured separately above).`,
      );
    }
    return out;
  }
}
