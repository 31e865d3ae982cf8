/** Search and filtering of the pattern catalog. */
import type { Dataset, FitLevel, Pattern } from '../model/dataset';
import { own } from '../own';

export type LanguageFilter = 'any' | 'php' | 'go' | 'both';

export interface CatalogQuery {
  text: string;
  /** Category ids to include; empty means all. */
  categories: readonly string[];
  language: LanguageFilter;
}

/** What a view says where the dataset gives no value: never a dash, which reads as "nothing to say". */
export const NOT_IN_SOURCE = 'not in the source';

export const EMPTY_QUERY: CatalogQuery = { text: '', categories: [], language: 'any' };

const STRONG: ReadonlySet<FitLevel> = new Set(['excellent', 'good']);

/** The text a pattern is found by: its names, summary and every list the source gives for it. */
function searchableText(p: Pattern): string {
  return [
    p.name,
    p.shortName ?? '',
    p.summary,
    ...p.whenToUse,
    ...p.benefits,
    ...p.tradeOffs,
    ...p.phpNotes,
    ...p.goNotes,
    ...p.keyConcepts,
    ...(p.considerations ? [p.considerations.heading, ...p.considerations.items] : []),
    ...p.sections.flatMap((s) => [s.heading, ...s.items]),
    ...p.tables.flatMap((t) => t.rows.flat()),
  ]
    .join('\n')
    .toLowerCase();
}

export function matchesLanguage(p: Pattern, language: LanguageFilter): boolean {
  switch (language) {
    case 'any':
      return true;
    case 'php':
      return STRONG.has(p.languageFit.php.level);
    case 'go':
      return STRONG.has(p.languageFit.go.level);
    case 'both':
      return STRONG.has(p.languageFit.php.level) && STRONG.has(p.languageFit.go.level);
  }
}

/**
 * The text of the migrations that start or end at each pattern (their names and steps), so that a
 * search for “strangler” finds the patterns the Strangler Fig migration connects.
 */
export function migrationTextByPattern(dataset: Pick<Dataset, 'migrationNodes' | 'migrations'>): Map<string, string> {
  const patternOf = new Map(dataset.migrationNodes.map((n) => [n.id, n.patternId]));
  const out = new Map<string, string>();
  for (const m of dataset.migrations) {
    const text = [m.label ?? '', ...m.steps].join('\n').toLowerCase();
    for (const end of [m.from, m.to]) {
      const id = patternOf.get(end);
      if (id) out.set(id, `${out.get(id) ?? ''}\n${text}`);
    }
  }
  return out;
}

/**
 * Patterns matching every word of the text (in their own text or in their migrations'), one of the
 * categories and the language fit, in dataset order.
 */
export function filterPatterns(
  patterns: readonly Pattern[],
  query: CatalogQuery,
  migrationText: ReadonlyMap<string, string> = new Map(),
): Pattern[] {
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  const categories = new Set(query.categories);
  return patterns.filter((p) => {
    if (categories.size > 0 && !categories.has(p.category)) return false;
    if (!matchesLanguage(p, query.language)) return false;
    if (words.length === 0) return true;
    const haystack = `${searchableText(p)}\n${migrationText.get(p.id) ?? ''}`;
    return words.every((w) => haystack.includes(w));
  });
}

export function displayName(p: Pattern): string {
  return p.shortName ?? p.name;
}

export function patternById(dataset: Dataset, id: string): Pattern | undefined {
  return dataset.patterns.find((p) => p.id === id);
}

/** Migrations that start or end at the pattern, with the names of both ends. */
export function relatedMigrations(dataset: Dataset, patternId: string) {
  const nodes = new Map(dataset.migrationNodes.map((n) => [n.id, n]));
  const own = new Set(dataset.migrationNodes.filter((n) => n.patternId === patternId).map((n) => n.id));
  return dataset.migrations
    .filter((m) => own.has(m.from) || own.has(m.to))
    .map((m) => ({
      migration: m,
      direction: own.has(m.from) ? ('outgoing' as const) : ('incoming' as const),
      from: nodes.get(m.from),
      to: nodes.get(m.to),
    }));
}

/** The decision-framework cells for one pattern, in criterion order (empty when it is not rated). */
export function ratingsOf(dataset: Dataset, patternId: string): { criterion: string; rating: string }[] {
  return dataset.decisionFramework.criteria
    .filter((c) => own(c.ratings, patternId) !== undefined)
    .map((c) => ({ criterion: c.name, rating: own(c.ratings, patternId) as string }));
}
