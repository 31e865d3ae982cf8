import { useDataset } from '../../store/store';
import { ContextPanel } from './context-panel';
import { RankingPanel } from './ranking-panel';
import { RatingsMatrix } from './ratings-matrix';
import { SensitivityPanel } from './sensitivity-panel';
import { WeightsPanel } from './weights-panel';

/** The decision: weights and context on the left, the live ranking and its robustness on the right. */
export function DecisionPage() {
  const dataset = useDataset();
  if (!dataset.scoring) {
    return (
      <div className="empty-state">
        <h2>This dataset cannot be ranked</h2>
        <p>
          “{dataset.title}” has no <code>scoring</code> section saying how its ratings become scores. Browse its patterns in the catalog, or
          add a scoring section (see the README’s dataset format).
        </p>
      </div>
    );
  }
  return (
    <>
      <div className="decision-grid">
        <div className="decision-inputs">
          <WeightsPanel />
          <ContextPanel />
        </div>
        <div className="decision-results">
          <RankingPanel />
          <SensitivityPanel />
        </div>
      </div>
      <RatingsMatrix />
    </>
  );
}
