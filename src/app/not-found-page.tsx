import { Link } from 'react-router';
import { useDocumentTitle } from '../ui/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Not found');
  return (
    <section className="page narrow">
      <h1>Nothing here</h1>
      <p>This address does not match a view of the workbench.</p>
      <p>
        <Link to="/">Go to the workbench</Link> or <Link to="/patterns">browse the pattern catalog</Link>.
      </p>
    </section>
  );
}
