import type { AdrInput } from '../domain/madr/markdown';

/**
 * The report's pros and cons per option: what the ratings and the source's trade-off lists say for
 * and against it, then the source's own "Considerations" under their heading (or that it gives none).
 */
export function ReportOptions({ options }: { options: AdrInput['options'] }) {
  return (
    <section className="report-section" aria-labelledby="report-options">
      <h2 id="report-options">Pros and cons of the options</h2>
      <div className="report-options">
        {options.map((o) => (
          <section key={o.name} className="report-option" aria-label={o.name}>
            <h3>{o.name}</h3>
            {o.good.length + o.bad.length === 0 ? (
              <p className="muted">No pros or cons recorded.</p>
            ) : (
              <ul>
                {o.good.map((g) => (
                  <li key={`good ${g}`}>Good, because {g}</li>
                ))}
                {o.bad.map((b) => (
                  <li key={`bad ${b}`}>Bad, because {b}</li>
                ))}
              </ul>
            )}
            <h4>{o.considerations ? `${o.considerations.heading} (from the source)` : 'Considerations'}</h4>
            {o.considerations ? (
              <ul>
                {o.considerations.items.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">Not in the source.</p>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
