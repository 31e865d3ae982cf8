import { useMemo, useRef, type FocusEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { filterPatterns, migrationTextByPattern, type CatalogQuery, type LanguageFilter } from '../../domain/catalog/filter';
import { useAppStore, useDataset } from '../../store/store';
import { useDocumentTitle } from '../../ui/use-document-title';
import { RichText } from '../../ui/rich-text';
import { CompareToggle } from './compare-toggle';
import { FitBadges } from './fit-badges';

const LANGUAGES: { value: LanguageFilter; label: string }[] = [
  { value: 'any', label: 'Any language' },
  { value: 'php', label: 'Good fit for PHP' },
  { value: 'go', label: 'Good fit for Go' },
  { value: 'both', label: 'Good fit for both' },
];

function readQuery(params: URLSearchParams): CatalogQuery {
  const language = params.get('lang');
  return {
    text: params.get('q') ?? '',
    categories: params.getAll('category'),
    language: LANGUAGES.some((l) => l.value === language) ? (language as LanguageFilter) : 'any',
  };
}

/** The catalog: search and filters live in the URL, so a filtered view is a link. */
export function CatalogPage() {
  useDocumentTitle('Catalog');
  const dataset = useDataset();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const migrationText = useMemo(() => migrationTextByPattern(dataset), [dataset]);
  const results = filterPatterns(dataset.patterns, query, migrationText);
  const compareIds = useAppStore((s) => s.compareIds);
  const clearCompare = useAppStore((s) => s.clearCompare);
  const categoryName = new Map(dataset.categories.map((c) => [c.id, c.name]));
  const patternName = new Map(dataset.patterns.map((p) => [p.id, p.name]));
  const trayRef = useRef<HTMLElement>(null);
  // A card's link or button reached by Tab behind the tray scrolls up out from under it (the browser
  // sees it inside the window and would leave it covered).
  const clearOfTray = (e: FocusEvent) => {
    // Keyboard focus only: scrolling under a pointer that is pressing a button would move the button away.
    if (!e.target.matches(':focus-visible')) return;
    const tray = trayRef.current?.getBoundingClientRect();
    const target = e.target.getBoundingClientRect();
    if (tray && target.bottom > tray.top - 8) window.scrollBy(0, Math.ceil(target.bottom - tray.top + 8));
  };

  const update = (change: (p: URLSearchParams) => void) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        change(next);
        return next;
      },
      { replace: true },
    );
  const toggleCategory = (id: string) =>
    update((p) => {
      const current = p.getAll('category');
      p.delete('category');
      const next = current.includes(id) ? current.filter((c) => c !== id) : [...current, id];
      for (const c of next) p.append('category', c);
    });
  const filtered = query.text !== '' || query.categories.length > 0 || query.language !== 'any';

  return (
    <div className="page">
      <header className="page-header">
        <h1>Pattern catalog</h1>
        <p className="lede">Every architecture pattern of “{dataset.title}”. Search, filter, open one, or pick up to four to compare.</p>
      </header>

      <search className="filters" aria-label="Filter patterns">
        <label className="field grow">
          <span>Search</span>
          <input
            type="search"
            value={query.text}
            placeholder="e.g. event, ESB, goroutines"
            onChange={(e) => {
              const value = e.currentTarget.value;
              update((p) => (value ? p.set('q', value) : p.delete('q')));
            }}
          />
        </label>
        <label className="field">
          <span>Language fit</span>
          <select
            value={query.language}
            onChange={(e) => {
              const value = e.currentTarget.value;
              update((p) => (value === 'any' ? p.delete('lang') : p.set('lang', value)));
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="chips">
          <legend>Category</legend>
          {dataset.categories.map((c) => (
            <button
              key={c.id}
              type="button"
              className="chip"
              aria-pressed={query.categories.includes(c.id)}
              onClick={() => toggleCategory(c.id)}
            >
              {c.name}
            </button>
          ))}
        </fieldset>
      </search>

      <div className="results-bar">
        <p role="status" aria-live="polite">
          {results.length === dataset.patterns.length
            ? `${results.length} patterns`
            : `${results.length} of ${dataset.patterns.length} patterns`}
        </p>
        {filtered && (
          <button type="button" className="button ghost small" onClick={() => setParams({}, { replace: true })}>
            Clear filters
          </button>
        )}
      </div>

      {results.length === 0 ? (
        <div className="empty-state">
          <h2>No pattern matches</h2>
          <p>Try fewer words, another category or any language.</p>
          <button type="button" className="button" onClick={() => setParams({}, { replace: true })}>
            Clear filters
          </button>
        </div>
      ) : (
        <ul className="card-grid" aria-label="Patterns" onFocus={clearOfTray}>
          {results.map((p) => (
            <li key={p.id} className="card">
              <p className="card-category">{categoryName.get(p.category) ?? p.category}</p>
              <h2 className="card-title">
                <Link to={`/patterns/${p.id}`}>{p.name}</Link>
              </h2>
              <p className="card-summary">
                <RichText text={p.summary} />
              </p>
              <div className="card-footer">
                <FitBadges pattern={p} />
                <CompareToggle id={p.id} name={p.name} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="footnote">* Language fit marked with an asterisk is our judgement; the others are the source’s ratings.</p>
      {/* Last in the page and sticky at the window's foot: in view while the cards scroll, and at the
          end it rests below them, so it never covers the last row. */}
      {compareIds.length > 0 && (
        <section ref={trayRef} className="compare-tray" aria-label="Patterns to compare">
          <p className="compare-tray-names">{compareIds.map((id) => patternName.get(id) ?? id).join(' · ')}</p>
          <Link className="button primary" to={`/compare?ids=${compareIds.join(',')}`}>
            Compare {compareIds.length} selected
          </Link>
          <button type="button" className="button ghost small" onClick={clearCompare}>
            Clear selection
          </button>
        </section>
      )}
    </div>
  );
}
