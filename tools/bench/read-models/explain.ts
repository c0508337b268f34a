import type { SqlExecutor } from '../../../libs/events/src/store/postgres/sql-executor';

export interface Statement {
  text: string;
  params: unknown[];
}

export interface RecordingSql {
  sql: SqlExecutor;
  /** The SELECTs sent since the last call, the oldest first. */
  take(): Statement[];
}

/** The adapter's own statements, kept as sent, so that the plan explained is the plan of the query timed. */
export function recordingSql(inner: SqlExecutor): RecordingSql {
  let sent: Statement[] = [];
  return {
    sql: {
      query: (text, params, name) => {
        if (/^\s*SELECT/i.test(text)) sent.push({ text, params: params ?? [] });
        return inner.query(text, params, name);
      },
      exec: (text) => inner.exec(text),
      close: () => inner.close(),
    },
    take: () => {
      const taken = sent;
      sent = [];
      return taken;
    },
  };
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Heap Fetches'?: number;
  'Sort Method'?: string;
  Plans?: PlanNode[];
}

/** EXPLAIN ANALYZE of one statement, in a line: each node down the plan, with the rows it went through. */
export async function explainStatement(sql: SqlExecutor, statement: Statement): Promise<string> {
  const { rows } = await sql.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.params);
  const [{ Plan, 'Execution Time': ms }] = rows[0]['QUERY PLAN'];
  return `${describePlan(Plan)} (${ms.toFixed(1)} ms)`;
}

export function describePlan(node: PlanNode): string {
  const on = node['Index Name'] ? ` using ${node['Index Name']}` : node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
  const rows = node['Actual Rows'] !== undefined ? (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1) : undefined;
  const facts = [
    rows !== undefined ? `${rows} rows` : '',
    node['Rows Removed by Filter'] ? `${node['Rows Removed by Filter']} filtered out` : '',
    node['Rows Removed by Index Recheck'] ? `${node['Rows Removed by Index Recheck']} rechecked out` : '',
    node['Heap Fetches'] !== undefined ? `${node['Heap Fetches']} heap fetches` : '',
    node['Sort Method'] ?? '',
  ].filter(Boolean);
  const here = `${node['Node Type']}${on}${facts.length ? ` [${facts.join(', ')}]` : ''}`;
  const below = (node.Plans ?? []).map(describePlan);
  return below.length ? `${here} ← ${below.join(' + ')}` : here;
}
