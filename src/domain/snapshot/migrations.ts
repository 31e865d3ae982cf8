/**
 * Snapshot migrations: an ordered list of numbered steps, step N turning a version-N document into
 * version N+1. `checkMigrations` guards that they run 1…N without gaps and end at the version the
 * app writes. Each step is tested with a fixture of a document of its version (tests/fixtures/snapshots/).
 *
 * - 1 → 2: group input, and the team's choice. A v1 decision was made by the team's own sliders, so
 *   it gets an empty group (no participants, the default method, nothing overridden, named and not
 *   revealed); its record chose the ranking's leader, as v1 records always said, and is superseded by nothing.
 */
import { SNAPSHOT_VERSION } from './snapshot';

export interface Migration {
  from: number;
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    migrate: (doc) => ({
      ...doc,
      decision: isObject(doc.decision) ? { ...doc.decision, chosen: { kind: 'leader' }, supersededBy: null } : doc.decision,
      group: { participants: [], inputs: {}, method: 'geometric', overrides: {}, anonymous: false, revealed: false },
    }),
  },
];

/** The first version a document can be read from. */
export const OLDEST_READABLE_VERSION = SNAPSHOT_VERSION - MIGRATIONS.length;

export function checkMigrations(migrations: readonly Migration[], current: number): string | null {
  const first = current - migrations.length;
  for (let i = 0; i < migrations.length; i++) {
    const expected = first + i;
    if (migrations[i]!.from !== expected) return `migration ${i} starts at v${migrations[i]!.from}, expected v${expected}`;
  }
  return null;
}

export type MigrateResult = { ok: true; doc: Record<string, unknown> } | { ok: false; message: string };

/** Brings a document of any readable version up to the current one. */
export function migrateSnapshot(
  doc: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = SNAPSHOT_VERSION,
): MigrateResult {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, message: 'version: expected a whole number' };
  }
  if (version > current) {
    return {
      ok: false,
      message: `this snapshot was written by a newer Architecture Workbench (format v${version}); this app reads up to v${current}. Open it in a newer version of the app.`,
    };
  }
  const oldest = current - migrations.length;
  if (version < oldest) return { ok: false, message: `format v${version} is older than this app can read (v${oldest}…v${current})` };
  let out = doc;
  for (const m of migrations.slice(version - oldest)) out = { ...m.migrate(out), version: m.from + 1 };
  return { ok: true, doc: out };
}
