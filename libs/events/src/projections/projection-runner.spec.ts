import { InMemoryReadModelStore } from '../readmodel/in-memory-read-model-store';
import { CataloguedEventStore } from '../store/catalogued-event-store';
import { pgliteExecutor } from '../store/postgres/drivers';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import { note, testCatalogue } from '../testing/test-catalogue';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

interface NoteCount {
  notes: number;
  texts: string[];
}

const notesPerCase: Projection<NoteCount, { type: 'test.NoteTaken'; data: { text: string } }> = {
  name: 'test.notes-per-case',
  collection: 'notes_per_case',
  handles: ['test.NoteTaken'],
  documentId: (e) => e.streamId,
  evolve: (doc, e) => ({ notes: (doc?.notes ?? 0) + 1, texts: [...(doc?.texts ?? []), e.data.text] }),
};

describe('Projection runner', () => {
  let store: CataloguedEventStore;
  let readModels: InMemoryReadModelStore;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    store = new CataloguedEventStore(await PostgresEventStore.open(sql, `proj_${++run}`), testCatalogue);
    readModels = new InMemoryReadModelStore();
    runner = new ProjectionRunner(store, readModels, [notesPerCase]);
  });
  afterEach(async () => {
    await runner.stop();
  });
  // One embedded database per file (it takes seconds to start); a fresh schema per test.
  let sql: SqlExecutor;
  let run = 0;
  beforeAll(async () => (sql = await pgliteExecutor()));
  afterAll(() => sql.close());

  it('folds the log into documents and keeps a checkpoint with the read model', async () => {
    await store.appendToStream('case-a', [note('1'), note('2')], { expectedVersion: 0 });
    await store.appendToStream('case-b', [note('3')], { expectedVersion: 0 });
    runner.start();
    await runner.caughtUp();
    expect(await readModels.get('notes_per_case', 'case-a')).toMatchObject({ notes: 2, texts: ['1', '2'] });
    expect(await runner.checkpoint(notesPerCase)).toBe(await store.headPosition());
  });

  it('changes nothing when events are applied again (a crash between document and checkpoint writes)', async () => {
    await store.appendToStream('case-a', [note('1'), note('2')], { expectedVersion: 0 });
    runner.start();
    await runner.caughtUp();
    await runner.stop();
    await readModels.set('_checkpoints', notesPerCase.name, { position: 0 });
    runner = new ProjectionRunner(store, readModels, [notesPerCase]);
    runner.start();
    await runner.caughtUp();
    expect(await readModels.get('notes_per_case', 'case-a')).toMatchObject({ notes: 2 });
  });

  it('reads each page of the log once for all its projections, and reads and writes its documents in bulk', async () => {
    const notesTaken: Projection<{ count: number }> = { ...notesPerCase, name: 'test.notes-taken', collection: 'notes_taken', evolve: (doc) => ({ count: (doc?.count ?? 0) + 1 }) };
    for (let i = 0; i < 30; i++) await store.appendToStream(`case-${i % 10}`, [note(`n${i}`)], { expectedVersion: 'any' });
    const reads: number[] = [];
    const readAll = store.readAll.bind(store);
    jest.spyOn(store, 'readAll').mockImplementation((options) => (reads.push(options.after), readAll(options)));
    const getMany = jest.spyOn(readModels, 'getMany');
    const putMany = jest.spyOn(readModels, 'putMany');
    runner = new ProjectionRunner(store, readModels, [notesPerCase, notesTaken]);
    runner.start();
    await runner.caughtUp();
    expect(reads.filter((after) => after === 0)).toHaveLength(1);
    // One page (30 events, 10 cases): one read and one write of ten documents per projection.
    expect(getMany.mock.calls.map(([collection, ids]) => [collection, ids.length]).sort()).toEqual([['notes_per_case', 10], ['notes_taken', 10]]);
    expect(putMany.mock.calls.map(([collection, docs]) => [collection, docs.length]).sort()).toEqual([['notes_per_case', 10], ['notes_taken', 10]]);
    expect(await readModels.get('notes_taken', 'case-3')).toMatchObject({ count: 3 });
    expect(await readModels.get('notes_per_case', 'case-3')).toMatchObject({ notes: 3 });
  });

  it('lets a projection behind the others catch up on its own reader', async () => {
    await store.appendToStream('case-a', [note('1'), note('2')], { expectedVersion: 0 });
    runner.start();
    await runner.caughtUp();
    await runner.stop();
    const late: Projection<{ count: number }> = { ...notesPerCase, name: 'test.late', collection: 'late', evolve: (doc) => ({ count: (doc?.count ?? 0) + 1 }) };
    runner = new ProjectionRunner(store, readModels, [notesPerCase, late]);
    runner.start();
    await store.appendToStream('case-a', [note('3')], { expectedVersion: 2 });
    await runner.caughtUp();
    expect(await readModels.get('late', 'case-a')).toMatchObject({ count: 3 });
    expect(await readModels.get('notes_per_case', 'case-a')).toMatchObject({ notes: 3 });
  });

  it('rebuilds a dropped read model from the log with progress', async () => {
    for (let i = 0; i < 5; i++) await store.appendToStream(`case-${i}`, [note(`n${i}`)], { expectedVersion: 0 });
    await readModels.put('notes_per_case', 'case-0', { notes: 99, texts: ['corrupt'] }, 10_000);
    const progress: number[] = [];
    const { applied } = await runner.rebuild(notesPerCase, (done) => progress.push(done));
    expect(applied).toBe(5);
    expect(await readModels.get('notes_per_case', 'case-0')).toMatchObject({ notes: 1, texts: ['n0'] });
    expect(await readModels.count('notes_per_case', {})).toBe(5);
    expect(progress[progress.length - 1]).toBe(await store.headPosition());
  });
  it('rebuilds page after page, folding the next page while the one before is written, never two writes at once', async () => {
    // Each case's notes cross pages of two events, so every page carries documents over from the one before.
    for (let i = 0; i < 12; i++) await store.appendToStream(`case-${i % 3}`, [note(`n${i}`)], { expectedVersion: 'any' });
    let writing = 0;
    let most = 0;
    const written = new Set<string>();
    const readBack: string[] = [];
    const putMany = readModels.putMany.bind(readModels);
    jest.spyOn(readModels, 'putMany').mockImplementation(async (collection, docs) => {
      most = Math.max(most, ++writing);
      await new Promise((resolve) => setTimeout(resolve, 5));
      try {
        return await putMany(collection, docs);
      } finally {
        writing--;
        docs.forEach((d) => written.add(d.id));
      }
    });
    const getMany = readModels.getMany.bind(readModels);
    jest.spyOn(readModels, 'getMany').mockImplementation(async (collection, ids) => {
      // Only what an earlier page wrote, and has finished writing, is read back.
      expect(ids.filter((id) => !written.has(id))).toEqual([]);
      readBack.push(...ids);
      return getMany(collection, ids);
    });
    runner = new ProjectionRunner(store, readModels, [notesPerCase], () => {}, { rebuildPageSize: 2 });
    const { applied } = await runner.rebuild(notesPerCase);
    expect(applied).toBe(12);
    expect(most).toBe(1);
    // Pages (c0 c1) (c2 c0) (c1 c2) (c0 c1) (c2 c0) (c1 c2): each page reads back the case it shares with the page two before.
    expect(readBack).toEqual(['case-1', 'case-0', 'case-2', 'case-1']);
    for (let c = 0; c < 3; c++) {
      expect(await readModels.get('notes_per_case', `case-${c}`)).toMatchObject({ notes: 4, texts: [0, 1, 2, 3].map((k) => `n${c + 3 * k}`) });
    }
    expect(await runner.checkpoint(notesPerCase)).toBe(await store.headPosition());
  });

  it('stops a rebuild whose write fails, with nothing still writing once it rejects', async () => {
    for (let i = 0; i < 6; i++) await store.appendToStream(`case-${i}`, [note(`n${i}`)], { expectedVersion: 0 });
    let writing = 0;
    const putMany = readModels.putMany.bind(readModels);
    let calls = 0;
    jest.spyOn(readModels, 'putMany').mockImplementation(async (collection, docs) => {
      writing++;
      try {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (++calls === 2) throw new Error('disk full');
        return await putMany(collection, docs);
      } finally {
        writing--;
      }
    });
    runner = new ProjectionRunner(store, readModels, [notesPerCase], () => {}, { rebuildPageSize: 2 });
    await expect(runner.rebuild(notesPerCase)).rejects.toThrow('disk full');
    expect(writing).toBe(0);
    expect(await readModels.count('notes_per_case', {})).toBe(2);
  });
});

