import { Link } from 'react-router';
import { useDataset } from '../../store/store';
import { TableScroll } from '../../ui/table-scroll';
import { useDocumentTitle } from '../../ui/use-document-title';
import { SourceNote } from '../../ui/source-note';

/** Home: the decision at a glance — the source's framework table, checklist and language comparison. */
export function WorkbenchPage() {
  useDocumentTitle('');
  const dataset = useDataset();
  const { decisionFramework: df, languageComparison: lc } = dataset;
  const patternName = new Map(dataset.patterns.map((p) => [p.id, p.name]));

  return (
    <div className="page">
      <section className="hero" aria-labelledby="hero-title">
        <p className="eyebrow">{dataset.source.subtitle ?? 'Dataset'}</p>
        <h1 id="hero-title">{dataset.title}</h1>
        {dataset.description && <p className="lede">{dataset.description}</p>}
        <div className="hero-actions">
          <Link className="button primary" to="/patterns">
            Browse {dataset.patterns.length} patterns
          </Link>
          <Link className="button" to="/compare">
            Compare side by side
          </Link>
        </div>
      </section>

      <section className="panel" aria-labelledby="framework-title">
        <header className="panel-header">
          <h2 id="framework-title">Architecture Decision Framework</h2>
          <SourceNote source={df.source} />
        </header>
        {df.intro && <p>{df.intro}</p>}
        <TableScroll label="Decision framework table">
          <table className="data-table framework-table">
            <caption className="visually-hidden">
              Ratings of {df.options.length} options against {df.criteria.length} criteria, as the source gives them
            </caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                {df.options.map((o) => (
                  <th scope="col" key={o.patternId}>
                    <Link to={`/patterns/${o.patternId}`} title={patternName.get(o.patternId)}>
                      {o.label}
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {df.criteria.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  {df.options.map((o) => (
                    <td key={o.patternId}>{c.ratings[o.patternId] ?? <span className="muted">not rated</span>}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <div className="two-col">
        <section className="panel" aria-labelledby="checklist-title">
          <header className="panel-header">
            <h2 id="checklist-title">Decision Checklist</h2>
            <SourceNote source={df.source} />
          </header>
          <ol className="checklist">
            {df.checklist.map((item) => (
              <li key={item.number} value={item.number}>
                <strong>{item.title}:</strong> {item.question}
              </li>
            ))}
          </ol>
        </section>

        <section className="panel" aria-labelledby="languages-title">
          <header className="panel-header">
            <h2 id="languages-title">Comparing PHP and Go Strengths</h2>
            <SourceNote source={lc.source} />
          </header>
          <TableScroll label="PHP and Go strengths table">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Aspect</th>
                  <th scope="col">{lc.phpHeading}</th>
                  <th scope="col">{lc.goHeading}</th>
                </tr>
              </thead>
              <tbody>
                {lc.rows.map((row) => (
                  <tr key={row.aspect}>
                    <th scope="row">{row.aspect}</th>
                    <td>{row.php}</td>
                    <td>{row.go}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {lc.guideline && (
            <p className="guideline">
              <strong>Guideline:</strong> {lc.guideline}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
