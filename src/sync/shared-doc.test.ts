// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { bindState, PARTICIPANTS_MAP, RECORD_MAP_PREFIX, STATE_MAP, type SyncProblem } from './shared-doc';
import { fakeStore, type FakeState } from './test-support';

/**
 * Two documents joined by hand: updates wait in a queue until `deliver()`, so edits made before it
 * are truly concurrent (neither side has seen the other's).
 */
function link(a: Y.Doc, b: Y.Doc) {
  const queue: Array<[Y.Doc, Uint8Array]> = [];
  const fromA = (u: Uint8Array, origin: unknown) => origin !== 'wire' && queue.push([b, u]);
  const fromB = (u: Uint8Array, origin: unknown) => origin !== 'wire' && queue.push([a, u]);
  a.on('update', fromA);
  b.on('update', fromB);
  // Whatever each side held before the link.
  queue.push([b, Y.encodeStateAsUpdate(a)], [a, Y.encodeStateAsUpdate(b)]);
  return {
    deliver() {
      while (queue.length > 0) {
        const [to, update] = queue.shift()!;
        Y.applyUpdate(to, update, 'wire');
      }
    },
  };
}

/** Counts the updates a binding itself wrote to its document. */
function ownWrites(doc: Y.Doc, origin: () => object) {
  let n = 0;
  doc.on('update', (_u: Uint8Array, o: unknown) => {
    if (o === origin()) n++;
  });
  return () => n;
}

function pair(initialA: Partial<FakeState>, initialB: Partial<FakeState> = {}) {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  const a = fakeStore(initialA);
  const b = fakeStore(initialB);
  const problemsA: SyncProblem[] = [];
  const problemsB: SyncProblem[] = [];
  const bindingA = bindState(docA, a, { seed: true, onProblem: (p) => problemsA.push(p) });
  const bindingB = bindState(docB, b, { onProblem: (p) => problemsB.push(p) });
  const wire = link(docA, docB);
  return { docA, docB, a, b, bindingA, bindingB, wire, problemsA, problemsB };
}

describe('bindState', () => {
  it('a seeding binding shares its state; the other applies it as remote and writes nothing back', () => {
    const { a, b, docB, bindingB, wire, problemsB } = pair({
      title: 'Backend for Acme',
      weights: { scalability: 8, 'go-fit': 2 },
      participants: { p1: { name: 'Ana', weights: { scalability: 9 } } },
    });
    const writesB = ownWrites(docB, () => bindingB.origin);
    let transactionsB = 0;
    docB.on('beforeTransaction', (tr: Y.Transaction) => {
      if (tr.origin === bindingB.origin) transactionsB++;
    });
    wire.deliver();
    expect(b.state).toEqual(a.state);
    expect(b.history.length).toBeGreaterThan(0);
    expect(b.history.every((h) => h.remote)).toBe(true);
    // Applying the remote state did not even start a write (the store listener is muted meanwhile).
    expect(transactionsB).toBe(0);
    expect(writesB()).toBe(0);
    expect(problemsB).toEqual([]);
  });

  it('does not read back its own writes as remote changes', () => {
    const { a, wire } = pair({ weights: { scalability: 8 } });
    wire.deliver();
    let checks = 0;
    const validate = a.validate;
    a.validate = (key, value) => {
      checks++;
      return validate(key, value);
    };
    a.setWeight('go-fit', 4);
    a.set({ title: 'Mine' });
    expect(checks).toBe(0);
  });

  it('without seed, a binding opened later takes the shared values and does not write its older ones', () => {
    const { a, b, wire } = pair(
      { title: 'Newer title', weights: { scalability: 8 } },
      { title: 'Older title', weights: { scalability: 1 } },
    );
    wire.deliver();
    expect(b.state.title).toBe('Newer title');
    expect(b.state.weights).toEqual({ scalability: 8 });
    expect(a.state.title).toBe('Newer title');
  });

  it('a local change writes only what changed, once, and reaches the other side', () => {
    const { docA, a, b, bindingA, wire } = pair({ weights: { scalability: 8, 'go-fit': 2 } });
    wire.deliver();
    const updates: Uint8Array[] = [];
    docA.on('update', (u: Uint8Array) => updates.push(u));
    a.setWeight('team-size', 5);
    expect(updates).toHaveLength(1);
    // Only the one subkey was written: the record map holds three entries, one of them new.
    expect(docA.getMap(`${RECORD_MAP_PREFIX}weights`).toJSON()).toEqual({ scalability: 8, 'go-fit': 2, 'team-size': 5 });
    wire.deliver();
    expect(b.state.weights).toEqual({ scalability: 8, 'go-fit': 2, 'team-size': 5 });
    // Setting the same value again writes nothing.
    a.set({ weights: { ...a.state.weights } });
    expect(updates).toHaveLength(1);
    expect(bindingA.origin).toBeTypeOf('object');
  });

  it('concurrent edits of different criteria by different peers both survive', () => {
    const { a, b, wire } = pair({ weights: { scalability: 5, 'go-fit': 5 } });
    wire.deliver();
    a.setWeight('scalability', 9);
    b.setWeight('go-fit', 1);
    wire.deliver();
    expect(a.state.weights).toEqual({ scalability: 9, 'go-fit': 1 });
    expect(b.state.weights).toEqual({ scalability: 9, 'go-fit': 1 });
  });

  it('concurrent edits of the same criterion end equal on both sides', () => {
    const { a, b, wire } = pair({ weights: { scalability: 5 } });
    wire.deliver();
    a.setWeight('scalability', 9);
    b.setWeight('scalability', 1);
    wire.deliver();
    expect(a.state.weights).toEqual(b.state.weights);
    expect([1, 9]).toContain(a.state.weights.scalability);
  });

  it('a removed criterion weight is removed on the other side (a reset to the defaults)', () => {
    const { a, b, wire } = pair({ weights: { scalability: 5, 'go-fit': 3 } });
    wire.deliver();
    a.set({ weights: {} });
    wire.deliver();
    expect(b.state.weights).toEqual({});
  });

  it('ignores and reports invalid remote values, naming key, path and peer, and keeps the good ones of the same change', () => {
    const { a, docA, wire, problemsA } = pair({ title: 'T', weights: { scalability: 5 } });
    wire.deliver();
    const before = structuredClone(a.state);
    const hostile = new Y.Doc();
    Y.applyUpdate(hostile, Y.encodeStateAsUpdate(docA));
    hostile.transact(() => {
      const weights = hostile.getMap(`${RECORD_MAP_PREFIX}weights`);
      weights.set('scalability', 'abc');
      weights.set('team-size', 1e9);
      weights.set('made-up-criterion', 5);
      weights.set('go-fit', Number.NaN);
      weights.set('constructor', new Y.Map());
      hostile.getMap(STATE_MAP).set('evil', 1);
      hostile.getMap(STATE_MAP).set('title', 42);
      const bad = new Y.Map();
      hostile.getMap(PARTICIPANTS_MAP).set('intruder', bad);
      bad.set('name', 'Mallory');
      bad.set('weights', { scalability: 'abc' });
      hostile.getMap(PARTICIPANTS_MAP).set('not-a-map', 'just text');
    });
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(hostile), 'hostile');
    expect(a.state).toEqual(before);
    expect(a.history.filter((h) => h.remote)).toEqual([]);
    const paths = problemsA.map((p) => p.path.join('/')).sort();
    expect(paths).toEqual(
      [
        'evil',
        'participants/intruder',
        'participants/not-a-map',
        'title',
        'weights/constructor',
        'weights/go-fit',
        'weights/made-up-criterion',
        'weights/scalability',
        'weights/team-size',
      ].sort(),
    );
    for (const p of problemsA) if (p.path[0] !== 'participants' || p.path[1] === 'intruder') expect(p.peer).toBe(hostile.clientID);
    expect(problemsA.find((p) => p.path.join('/') === 'weights/made-up-criterion')?.problem).toMatch(/unknown criterion/);
    expect(problemsA.find((p) => p.path.join('/') === 'weights/team-size')?.problem).toMatch(/0 to 10/);

    // A good value in the same change as bad ones is taken; the bad ones still are not.
    hostile.transact(() => {
      hostile.getMap(`${RECORD_MAP_PREFIX}weights`).set('go-fit', 4);
      hostile.getMap(`${RECORD_MAP_PREFIX}weights`).set('team-size', -1);
    });
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(hostile), 'hostile');
    expect(a.state.weights).toEqual({ scalability: 5, 'go-fit': 4 });
  });

  it('validates what the document already holds when it binds', () => {
    const doc = new Y.Doc();
    doc.getMap(`${RECORD_MAP_PREFIX}weights`).set('scalability', 'abc');
    doc.getMap(`${RECORD_MAP_PREFIX}weights`).set('go-fit', 3);
    const store = fakeStore();
    const problems: SyncProblem[] = [];
    bindState(doc, store, { onProblem: (p) => problems.push(p) });
    expect(store.state.weights).toEqual({ 'go-fit': 3 });
    expect(problems.map((p) => p.path)).toEqual([['weights', 'scalability']]);
  });

  it('keeps ids named like Object.prototype members as ordinary keys', () => {
    const { a, b, wire } = pair({ weights: {} });
    a.set({
      weights: Object.fromEntries([
        ['__proto__', 2],
        ['constructor', 3],
      ]),
    });
    wire.deliver();
    expect(Object.getPrototypeOf(b.state.weights)).toBe(Object.prototype);
    expect(Object.hasOwn(b.state.weights, '__proto__')).toBe(true);
    expect(b.state.weights.constructor).toBe(3);
    expect(Object.entries(b.state.weights)).toEqual([
      ['__proto__', 2],
      ['constructor', 3],
    ]);
  });

  it('a participant writes only their own entry; the facilitator can remove one', () => {
    const docF = new Y.Doc();
    const docP = new Y.Doc();
    const facilitator = fakeStore({ participants: { p1: { name: 'Ana', weights: {} }, p2: { name: 'Ben', weights: {} } } });
    const phone = fakeStore();
    bindState(docF, facilitator, { seed: true });
    bindState(docP, phone, { participant: 'p2' });
    const wire = link(docF, docP);
    wire.deliver();
    expect(phone.state.participants).toEqual(facilitator.state.participants);

    phone.set({
      participants: { p1: { name: 'Renamed by Ben', weights: {} }, p2: { name: 'Ben', weights: { scalability: 7 } } },
    });
    wire.deliver();
    expect(facilitator.state.participants.p1).toEqual({ name: 'Ana', weights: {} });
    expect(facilitator.state.participants.p2).toEqual({ name: 'Ben', weights: { scalability: 7 } });

    const { p2: _removed, ...rest } = facilitator.state.participants;
    facilitator.set({ participants: rest });
    wire.deliver();
    expect(Object.keys(phone.state.participants)).toEqual(['p1']);
    expect(docP.getMap(PARTICIPANTS_MAP).has('p2')).toBe(false);
  });

  it('a participant’s device writes no value or record of the room, even when its own store changes one or publishes', () => {
    const docF = new Y.Doc();
    const docP = new Y.Doc();
    const facilitator = fakeStore({ title: 'Room', weights: { scalability: 5 }, participants: { p2: { name: 'Ben', weights: {} } } });
    const phone = fakeStore();
    bindState(docF, facilitator, { seed: true });
    const phoneBinding = bindState(docP, phone, { participant: 'p2' });
    const wire = link(docF, docP);
    wire.deliver();
    phone.set({ title: 'Phone title', weights: { scalability: 1 }, participants: { p2: { name: 'Ben', weights: { 'go-fit': 4 } } } });
    phoneBinding.publish();
    wire.deliver();
    expect(facilitator.state.title).toBe('Room');
    expect(facilitator.state.weights).toEqual({ scalability: 5 });
    expect(facilitator.state.participants.p2).toEqual({ name: 'Ben', weights: { 'go-fit': 4 } });
  });

  it('an entry the document does not hold yet is written whole, not only the changed field (a reload before the relay answered)', () => {
    const doc = new Y.Doc();
    const phone = fakeStore({ participants: { p2: { name: 'Ben', weights: { scalability: 3 } } } });
    bindState(doc, phone, { participant: 'p2' });
    phone.set({ participants: { p2: { name: 'Ben', weights: { scalability: 4 } } } });
    const entry = doc.getMap(PARTICIPANTS_MAP).get('p2') as Y.Map<unknown>;
    expect(entry.toJSON()).toEqual({ name: 'Ben', weights: { scalability: 4 } });
  });

  it('two participants editing their own entries at once both survive', () => {
    const { a, b, wire } = pair({ participants: { p1: { name: 'Ana', weights: {} }, p2: { name: 'Ben', weights: {} } } });
    wire.deliver();
    a.set({ participants: { ...a.state.participants, p1: { name: 'Ana', weights: { scalability: 2 } } } });
    b.set({ participants: { ...b.state.participants, p2: { name: 'Ben', weights: { 'go-fit': 8 } } } });
    wire.deliver();
    expect(a.state.participants).toEqual({
      p1: { name: 'Ana', weights: { scalability: 2 } },
      p2: { name: 'Ben', weights: { 'go-fit': 8 } },
    });
    expect(b.state.participants).toEqual(a.state.participants);
  });

  it('publish makes the document equal to the local state', () => {
    const { a, b, docA, bindingB, wire } = pair({ weights: { scalability: 5, 'go-fit': 3 } });
    wire.deliver();
    b.state = { ...b.state, weights: { 'team-size': 1 } }; // changed without telling the binding
    bindingB.publish();
    wire.deliver();
    expect(a.state.weights).toEqual({ 'team-size': 1 });
    expect(docA.getMap(`${RECORD_MAP_PREFIX}weights`).toJSON()).toEqual({ 'team-size': 1 });
  });

  it('reports a validator or store that throws, and never throws itself', () => {
    const docA = new Y.Doc();
    const store = fakeStore();
    const problems: SyncProblem[] = [];
    store.validate = () => {
      throw new Error('validator bug');
    };
    bindState(docA, store, { onProblem: (p) => problems.push(p) });
    expect(() => docA.getMap(STATE_MAP).set('title', 'x')).not.toThrow();
    expect(problems[0]?.problem).toMatch(/validator bug/);

    const docB = new Y.Doc();
    const other = fakeStore();
    other.apply = () => {
      throw new Error('store bug');
    };
    const problemsB: SyncProblem[] = [];
    bindState(docB, other, { onProblem: (p) => problemsB.push(p) });
    expect(() => docB.getMap(STATE_MAP).set('title', 'x')).not.toThrow();
    expect(problemsB[0]?.problem).toMatch(/store bug/);
  });

  it('after destroy, nothing flows either way and the store listener is gone', () => {
    const { a, b, bindingB, wire } = pair({ title: 'One' });
    wire.deliver();
    bindingB.destroy();
    expect(b.listenerCount()).toBe(0);
    a.set({ title: 'Two' });
    wire.deliver();
    expect(b.state.title).toBe('One');
  });

  it('refuses two participants keys', () => {
    const store = fakeStore();
    store.shapes = { weights: 'participants', participants: 'participants' };
    expect(() => bindState(new Y.Doc(), store)).toThrow(/one participants key/);
  });
});
