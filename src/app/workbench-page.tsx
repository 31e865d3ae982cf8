import { DecisionPage } from '../features/decision/decision-page';
import { LanguageComparison } from '../features/workbench/language-comparison';
import { useDataset } from '../store/store';
import { useDocumentTitle } from '../ui/use-document-title';

/** Home: the decision, then the source material it rests on. */
export function WorkbenchPage() {
  useDocumentTitle('');
  const dataset = useDataset();
  return (
    <div className="page wide">
      <header className="page-header compact">
        <h1>{dataset.title}</h1>
        <p className="eyebrow">Decide · {dataset.patterns.length} patterns</p>
      </header>
      <DecisionPage />
      <LanguageComparison />
    </div>
  );
}
