import { WeightsPanel } from '../features/decision/weights-panel';
import { QuadrantDetails, QuadrantLegend, QuadrantView } from '../features/quadrant/quadrant-view';
import { useDataset } from '../store/store';
import { useDocumentTitle } from '../ui/use-document-title';

/** The forces quadrant; beside it a selected point's details and the weights, so a workshop sees scores move live. */
export function ForcesPage() {
  const title = useDataset().quadrant.title;
  useDocumentTitle(title);
  return (
    <div className="page wide">
      <header className="page-header compact">
        <h1>{title}</h1>
      </header>
      <div className="forces-grid">
        <QuadrantView />
        <div className="forces-side">
          <QuadrantDetails />
          <WeightsPanel />
          <QuadrantLegend />
        </div>
      </div>
    </div>
  );
}
