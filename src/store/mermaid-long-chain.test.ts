/**
 * A pasted chain of 10,000 migrations is read, planned and applied, one Undo step, and the graph
 * passes the graph check. Bounded by work, not time: the elements that array searches (find, some,
 * filter, includes, …) go through while importing are counted, in arrays that grow with the input
 * (the readers' small tables of shapes and arrows are left out), and must stay within a small
 * multiple of the chain's length; a scan of the graph per node (as applying a plan once did, through
 * addNode and addEdge, and planning it through the planned nodes) goes through tens of millions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkGraph } from '../domain/graph/validate';
import { selectGraph } from './graph-selectors';
import { importMermaid } from './mermaid-apply';
import { type AppStore, createAppStore } from './store';

const N = 10_000;
const chain = [
  'flowchart LR',
  ...Array.from({ length: N - 1 }, (_, i) => `    c${i}[Step ${i}] -->|move ${i}| c${i + 1}[Step ${i + 1}]`),
].join('\n');

const SEARCHES = ['find', 'findIndex', 'findLast', 'some', 'every', 'filter', 'includes', 'indexOf'] as const;

/** Arrays up to this long are the readers' own tables, whatever the input. */
const TABLE = 64;

/** Runs `work` while counting the elements array searches are asked to go through (in arrays longer than TABLE). */
function elementsSearched<T>(work: () => T): { result: T; searched: number } {
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = SEARCHES.map((name) => [name, proto[name]!] as const);
  let searched = 0;
  for (const [name, original] of originals) {
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      if (this.length > TABLE) searched += this.length;
      return original.apply(this, args);
    };
  }
  try {
    return { result: work(), searched };
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
}

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});
afterEach(() => store.dispose());

describe(`a pasted chain of ${N.toLocaleString('en')} migrations`, () => {
  it('is read, planned and applied in one undoable step, with work linear in its length', () => {
    const before = selectGraph(store.getState());
    const { result, searched } = elementsSearched(() => importMermaid(store, chain));
    expect(result).toMatchObject({ ok: true });
    const after = selectGraph(store.getState());
    expect(after.nodes).toHaveLength(before.nodes.length + N);
    expect(after.edges).toHaveLength(before.edges.length + N - 1);
    expect(checkGraph(after)).toEqual([]);
    const first = after.nodes.find((n) => n.label === 'Step 0');
    const last = after.edges.at(-1);
    expect(last).toMatchObject({ label: `move ${N - 2}` });
    expect(after.nodes.find((n) => n.id === last?.to)?.label).toBe(`Step ${N - 1}`);
    expect(first).toBeDefined();
    // Linear: a few passes over the chain, never one per node (that would be N² / 2 = 50,000,000).
    expect(searched).toBeLessThan(3 * N);
    store.temporal.getState().undo();
    expect(selectGraph(store.getState())).toEqual(before);
  });
});
