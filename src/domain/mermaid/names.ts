/** Matching names written in Mermaid to the dataset's patterns. */
import type { Dataset } from '../model/dataset';

/**
 * Names compare on their letters and digits only, ignoring case: "ModularMonolith" is
 * modular-monolith, and "Event-Sourced CQRS" (as our export writes a name, without the parentheses
 * Mermaid would reject) is "Event-Sourced (CQRS)".
 */
export function normaliseName(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Every pattern under each of its names: id, name, short name, decision label, quadrant label. */
function patternNames(ds: Dataset): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: string | null | undefined, id: string) => {
    if (!name) return;
    const key = normaliseName(name);
    index.set(key, (index.get(key) ?? new Set()).add(id));
  };
  for (const p of ds.patterns) {
    add(p.id, p.id);
    add(p.name, p.id);
    add(p.shortName, p.id);
  }
  for (const o of ds.decisionFramework.options) add(o.label, o.patternId);
  for (const q of ds.quadrant.points) add(q.label, q.patternId);
  return index;
}

/**
 * The pattern a name stands for, or null (no pattern, or several): the index of names is made once,
 * so matching thousands of names costs one lookup each.
 */
export function patternMatcher(ds: Dataset): (name: string) => string | null {
  const index = patternNames(ds);
  return (name) => {
    const ids = index.get(normaliseName(name));
    return ids && ids.size === 1 ? ([...ids][0] ?? null) : null;
  };
}

export function matchPattern(ds: Dataset, name: string): string | null {
  return patternMatcher(ds)(name);
}
