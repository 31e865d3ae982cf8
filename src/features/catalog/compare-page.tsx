import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { NOT_IN_SOURCE, patternById, relatedMigrations } from '../../domain/catalog/filter';
import type { Dataset, Pattern } from '../../domain/model/dataset';
import { MAX_COMPARE } from '../../store/compare-slice';
import { useAppStore, useDataset } from '../../store/store';
import { formatCoordinates } from '../../ui/format';
import { BulletList, RichText } from '../../ui/rich-text';
import { OursBadge } from '../../ui/source-note';
import { TableScroll } from '../../ui/table-scroll';
import { useDocumentTitle } from '../../ui/use-document-title';
import { own } from '../../domain/own';

interface Row {
  label: string;
  render: (p: Pattern) => ReactNode;
}

function rowsFor(dataset: Dataset): { group: string; rows: Row[] }[] {
  const category = new Map(dataset.categories.map((c) => [c.id, c.name]));
  const list = (items: readonly string[]) =>
    items.length > 0 ? <BulletList items={items} /> : <span className="muted">{NOT_IN_SOURCE}</span>;
  const fit = (lang: 'php' | 'go') => (p: Pattern) => (
    <>
      <span className="capitalize">{p.languageFit[lang].level}</span> {p.languageFit[lang].origin === 'ours' && <OursBadge />}
      <br />
      <span className="small muted">
        <RichText text={p.languageFit[lang].basis} />
      </span>
    </>
  );
  return [
    {
      group: 'Overview',
      rows: [
        { label: 'Category', render: (p) => category.get(p.category) ?? p.category },
        { label: 'Summary', render: (p) => <RichText text={p.summary} /> },
        {
          label: dataset.quadrant.title,
          render: (p) => {
            const pt = dataset.quadrant.points.find((q) => q.patternId === p.id);
            return pt ? formatCoordinates(pt) : <span className="muted">not plotted</span>;
          },
        },
      ],
    },
    {
      group: 'Decision criteria (source ratings)',
      rows: dataset.decisionFramework.criteria.map((c) => ({
        label: c.name,
        render: (p: Pattern) => own(c.ratings, p.id) ?? <span className="muted">not rated</span>,
      })),
    },
    {
      group: 'Trade-offs',
      rows: [
        { label: 'When to use', render: (p) => list(p.whenToUse) },
        { label: 'Benefits', render: (p) => list(p.benefits) },
        { label: 'Trade-offs', render: (p) => list(p.tradeOffs) },
        {
          label: 'Considerations',
          render: (p) =>
            p.considerations ? (
              <>
                {p.considerations.heading !== 'Considerations' && <span className="small muted">{p.considerations.heading}</span>}
                <BulletList items={p.considerations.items} />
              </>
            ) : (
              list([])
            ),
        },
      ],
    },
    {
      group: 'Languages',
      rows: [
        { label: 'PHP fit', render: fit('php') },
        { label: 'Go fit', render: fit('go') },
        { label: 'PHP notes', render: (p) => list(p.phpNotes) },
        { label: 'Go notes', render: (p) => list(p.goNotes) },
      ],
    },
    {
      group: 'Migrations',
      rows: [
        {
          label: 'Migrations',
          render: (p) =>
            list(
              relatedMigrations(dataset, p.id).map(
                ({ migration: m, from, to }) => `${from?.label ?? m.from} → ${to?.label ?? m.to}${m.label ? ` (${m.label})` : ''}`,
              ),
            ),
        },
      ],
    },
  ];
}

/** Two to four patterns side by side; the selection lives in the URL (`?ids=a,b`). */
export function ComparePage() {
  useDocumentTitle('Compare');
  const dataset = useDataset();
  const [params, setParams] = useSearchParams();
  const setCompare = useAppStore((s) => s.setCompare);
  const requested = (params.get('ids') ?? '').split(',').filter(Boolean);
  const picked = requested
    .map((id) => patternById(dataset, id))
    .filter((p): p is Pattern => p !== undefined)
    .slice(0, MAX_COMPARE);
  const unknown = requested.filter((id) => !patternById(dataset, id));

  const choose = (ids: string[]) => {
    setCompare(ids);
    setParams(ids.length ? { ids: ids.join(',') } : {}, { replace: true });
  };
  const available = dataset.patterns.filter((p) => !picked.includes(p));

  return (
    <div className="page">
      <header className="page-header">
        <h1>Compare patterns</h1>
        <p className="lede">Trade-offs, the source’s criteria and language notes, side by side. Pick two to four.</p>
      </header>

      <div className="compare-picker">
        <ul className="picked" aria-label="Patterns being compared">
          {picked.map((p) => (
            <li key={p.id} className="chip static">
              {p.name}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${p.name} from comparison`}
                onClick={() => choose(picked.filter((x) => x !== p).map((x) => x.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <label className="field">
          <span>Add a pattern</span>
          <select
            value=""
            disabled={picked.length >= MAX_COMPARE}
            onChange={(e) => {
              const id = e.currentTarget.value;
              if (id) choose([...picked.map((p) => p.id), id]);
            }}
          >
            <option value="">{picked.length >= MAX_COMPARE ? `At most ${MAX_COMPARE} patterns` : 'Choose…'}</option>
            {dataset.categories.map((c) => (
              <optgroup key={c.id} label={c.name}>
                {available
                  .filter((p) => p.category === c.id)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        {picked.length > 0 && (
          <button type="button" className="button ghost small" onClick={() => choose([])}>
            Clear
          </button>
        )}
      </div>
      {unknown.length > 0 && (
        <p className="warning" role="note">
          Not in this dataset: {unknown.join(', ')}.
        </p>
      )}

      {picked.length < 2 ? (
        <div className="empty-state">
          <h2>{picked.length === 0 ? 'Nothing to compare yet' : 'Add one more pattern'}</h2>
          <p>
            Pick patterns above, or use “+ Compare” in the <Link to="/patterns">catalog</Link>. For example:{' '}
            <Link to="/compare?ids=monolith,modular-monolith,microservices">Monolith, Modular Monolith and Microservices</Link>.
          </p>
        </div>
      ) : (
        <TableScroll label="Comparison table" stickyFirstColumn>
          <table className="data-table compare-table">
            <caption className="visually-hidden">Comparison of {picked.map((p) => p.name).join(', ')}</caption>
            <thead>
              <tr>
                <td />
                {picked.map((p) => (
                  <th scope="col" key={p.id}>
                    <Link to={`/patterns/${p.id}`}>{p.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            {rowsFor(dataset).map((g) => (
              <tbody key={g.group}>
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={picked.length + 1}>
                    {g.group}
                  </th>
                </tr>
                {g.rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    {picked.map((p) => (
                      <td key={p.id}>{row.render(p)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </TableScroll>
      )}
    </div>
  );
}
