import { MigrationView } from '../features/migration/migration-view';
import { useDocumentTitle } from '../ui/use-document-title';

export function MigrationPage() {
  useDocumentTitle('Migration paths');
  return (
    <div className="page wide">
      <header className="page-header compact">
        <h1>Migration paths</h1>
      </header>
      <MigrationView />
    </div>
  );
}
