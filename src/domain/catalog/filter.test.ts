import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET } from '../model/builtin-dataset';
import { EMPTY_QUERY, filterPatterns, migrationTextByPattern, ratingsOf, relatedMigrations } from './filter';

const ids = (q: Partial<typeof EMPTY_QUERY>) => filterPatterns(BUILTIN_DATASET.patterns, { ...EMPTY_QUERY, ...q }).map((p) => p.id);

describe('filterPatterns', () => {
  it('finds the patterns a migration connects by the migration’s name and steps', () => {
    const text = migrationTextByPattern(BUILTIN_DATASET);
    const found = (t: string) => filterPatterns(BUILTIN_DATASET.patterns, { ...EMPTY_QUERY, text: t }, text).map((p) => p.id);
    expect(ids({ text: 'strangler' })).toEqual([]);
    const strangler = found('strangler');
    expect(strangler).toContain('microservices');
    expect(strangler.length).toBeGreaterThan(0);
    expect(found('bounded contexts')).toContain('modular-monolith');
  });

  it('returns every pattern, in dataset order, for an empty query', () => {
    expect(ids({})).toEqual(BUILTIN_DATASET.patterns.map((p) => p.id));
  });

  it('finds patterns by words anywhere in their text, all words required, any case', () => {
    expect(ids({ text: 'ESB' })).toEqual(expect.arrayContaining(['soa']));
    expect(ids({ text: 'esb' })).toContain('soa');
    expect(ids({ text: 'goroutines channels' })).toContain('pipe-and-filter');
    expect(ids({ text: 'goroutines zzzz' })).toEqual([]);
  });

  it('keeps only the chosen categories', () => {
    expect(ids({ categories: ['data'] })).toEqual([
      'shared-database',
      'data-lake-warehouse',
      'lambda-architecture',
      'kappa-architecture',
      'event-streaming-backbones',
    ]);
    const both = ids({ categories: ['data', 'hybrid'] });
    expect(both).toHaveLength(10);
  });

  it('filters by language fit: a pattern rated Excellent for PHP by the source is a PHP fit', () => {
    expect(ids({ language: 'php' })).toContain('monolith');
    expect(ids({ language: 'go' })).toContain('serverless');
    const php = new Set(ids({ language: 'php' }));
    const go = new Set(ids({ language: 'go' }));
    expect(ids({ language: 'both' })).toEqual(ids({}).filter((id) => php.has(id) && go.has(id)));
    // A pattern whose PHP fit is limited is not listed under PHP.
    const limited = BUILTIN_DATASET.patterns.filter((p) => p.languageFit.php.level === 'limited').map((p) => p.id);
    expect(limited.length).toBeGreaterThan(0);
    for (const id of limited) expect(php.has(id)).toBe(false);
  });

  it('combines text, category and language', () => {
    expect(ids({ text: 'stream', categories: ['data'], language: 'go' })).toEqual(expect.arrayContaining(['kappa-architecture']));
    expect(ids({ text: 'stream', categories: ['application'] })).toEqual([]);
  });
});

describe('relatedMigrations', () => {
  it('lists the migrations into and out of a pattern with both ends named', () => {
    const monolith = relatedMigrations(BUILTIN_DATASET, 'monolith').map(
      (r) => `${r.direction} ${r.from?.label} → ${r.to?.label}: ${r.migration.label}`,
    );
    expect(monolith).toEqual([
      'outgoing Monolith → Modular Monolith: Encapsulate Modules',
      'outgoing Monolith → Serverless: Lambda Sidecar',
    ]);
    const micro = relatedMigrations(BUILTIN_DATASET, 'microservices').map((r) => `${r.direction} ${r.migration.label}`);
    expect(micro.sort()).toEqual(['incoming Service Extraction', 'incoming Strangler Fig', 'outgoing Event-Driven']);
  });

  it('is empty for a pattern no migration touches', () => {
    expect(relatedMigrations(BUILTIN_DATASET, 'layered')).toEqual([]);
  });
});

describe('ratingsOf', () => {
  it('gives the source cells for a rated pattern and nothing for an unrated one', () => {
    expect(ratingsOf(BUILTIN_DATASET, 'soa')).toEqual([
      { criterion: 'Team Size', rating: '20-100' },
      { criterion: 'Deployment Frequency', rating: 'Medium' },
      { criterion: 'Operational Overhead', rating: 'High' },
      { criterion: 'Scalability', rating: 'Horizontal' },
      { criterion: 'Compliance/Security', rating: 'Central governance' },
      { criterion: 'PHP Fit', rating: 'Good' },
      { criterion: 'Go Fit', rating: 'Excellent' },
    ]);
    expect(ratingsOf(BUILTIN_DATASET, 'space-based')).toEqual([]);
  });
});
