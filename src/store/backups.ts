/**
 * Saved data that no longer reads is set aside, never dropped: one backup per incident, under a key
 * of its own (`<key>:unreadable:<ISO date-time>`), kept until the person removes it. Earlier versions
 * kept one backup per key under `<key>:unreadable`, overwritten by the next incident; such a backup
 * is still found and listed.
 */
const MARK = ':unreadable';

export interface Backup {
  /** The storage key the backup is kept under. */
  key: string;
  /** The key whose saved data did not read. */
  from: string;
  /** When it was set aside (ISO date-time), null for a backup of an earlier version of the app. */
  at: string | null;
  /** What could not be read; empty for a backup found from an earlier visit. */
  parts: string[];
}

/** A new backup's key for data of `from` set aside at `at`, not one of the keys already `taken`. */
export function backupKey(from: string, at: string, taken: (key: string) => boolean): string {
  const base = `${from}${MARK}:${at}`;
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base}~${n}`;
  return key;
}

/** The backup a storage key holds, or null when it is not a backup of one of the app's keys (`prefix`). */
export function readBackupKey(key: string, prefix: string): Omit<Backup, 'parts'> | null {
  if (!key.startsWith(prefix)) return null;
  const i = key.indexOf(MARK);
  if (i < 0) return null;
  const from = key.slice(0, i);
  const rest = key.slice(i + MARK.length);
  if (rest === '') return { key, from, at: null };
  if (!rest.startsWith(':')) return null;
  const at = rest.slice(1).replace(/~\d+$/, '');
  return { key, from, at: Number.isNaN(Date.parse(at)) ? null : at };
}

/** Backups by key, a later report's parts added to an earlier one's; newest first, earlier versions' last. */
export function mergeBackups(known: readonly Backup[], added: readonly Backup[]): Backup[] {
  const byKey = new Map(known.map((b) => [b.key, b]));
  for (const b of added) {
    const old = byKey.get(b.key);
    byKey.set(b.key, old ? { ...old, parts: [...new Set([...old.parts, ...b.parts])] } : b);
  }
  return [...byKey.values()].sort((a, b) => (b.at ?? '').localeCompare(a.at ?? '') || a.key.localeCompare(b.key));
}
