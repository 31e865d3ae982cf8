import { useDataset } from '../../store/store';
import { SourceNote } from '../../ui/source-note';
import { TableScroll } from '../../ui/table-scroll';

/** The source's PHP vs. Go strengths table, read-only. */
export function LanguageComparison() {
  const { languageComparison: lc } = useDataset();
  return (
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
  );
}
