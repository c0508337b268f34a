import type { ReadModelIndex } from './read-model-store.port';

export class UnindexedQueryError extends Error {
  override readonly name = 'UnindexedQueryError';
}

/**
 * Refuses a query that none of the collection's declared indexes serves, so a list that would
 * scan every document fails in the first test that runs it, on every adapter, instead of slowing
 * down with the data. Served: equality on exactly the leading fields of an index, sorted (if at
 * all) on its next field; a multi-valued index narrows to the documents holding one value (a
 * person's caseload) and the rest is filtered and sorted among those; equality on `_id`, and an
 * unfiltered, unsorted read, need no index.
 */
export function assertIndexed(collection: string, indexes: readonly ReadModelIndex[] | undefined, filter: Record<string, unknown>, sort?: string): void {
  const fields = Object.keys(filter).filter((f) => f !== '_id');
  const sortField = sort?.replace(/^-/, '');
  if (fields.length === 0 && (!sortField || sortField === '_id')) return;
  if ('_id' in filter && !Array.isArray(filter._id)) return;
  if (indexes?.some((index) => serves(index, fields, sortField))) return;
  const wanted = `${fields.length ? `filter on ${fields.join(', ')}` : 'no filter'}${sortField ? `, sorted on ${sortField}` : ''}`;
  throw new UnindexedQueryError(`No declared index of read model "${collection}" serves this query (${wanted}); declare one in its projection`);
}

function serves(index: ReadModelIndex, fields: string[], sortField: string | undefined): boolean {
  if (index.multiValued) return fields.includes(index.fields[0]);
  const leading = index.fields.slice(0, fields.length);
  if (leading.length !== fields.length || !fields.every((f) => leading.includes(f))) return false;
  if (!sortField) return true;
  // Every index ends with the id, so equality on all its fields can be sorted on the id.
  if (sortField === '_id') return index.fields.length === fields.length;
  return index.fields[fields.length] === sortField;
}
