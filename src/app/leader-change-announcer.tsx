import { useEffect, useState } from 'react';
import { leaderChange } from '../domain/scoring/leader-change';
import type { Ranking } from '../domain/scoring/rank';
import { selectDecisionView } from '../store/decision-selectors';
import { useAppStore } from '../store/store';
import './leader-change.css';

/** How long the banner stays on screen; the live region keeps the text for screen readers. */
const SHOWN_MS = 8000;

interface Notice {
  id: number;
  message: string;
}

/**
 * Shows and announces (aria-live polite) a change of the ranking's leader, whatever changed it: a
 * weight, a checklist answer, a rating, an opened snapshot. Mounted once per page shell, so it works
 * on every view. The previous ranking is remembered across renders (React's "adjust state when a
 * value changes" pattern), and the domain decides whether the lead changed.
 */
export function LeaderChangeAnnouncer() {
  const view = useAppStore(selectDecisionView);
  const [seen, setSeen] = useState<{ ranking: Ranking; dataset: unknown }>({ ranking: view.ranking, dataset: view.dataset });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [shown, setShown] = useState(false);

  if (seen.ranking !== view.ranking) {
    setSeen({ ranking: view.ranking, dataset: view.dataset });
    // Another dataset is another decision: its leader is not a change of this one's.
    const change = seen.dataset === view.dataset ? leaderChange(seen.ranking, view.ranking, view.optionName) : null;
    if (change) {
      setNotice({ id: (notice?.id ?? 0) + 1, message: change.message });
      setShown(true);
    }
  }

  // The banner leaves the screen after a while (a timer is an outside system: an effect).
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setShown(false), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  return (
    <div className={shown ? 'leader-change shown' : 'leader-change'}>
      <p role="status" aria-live="polite" className="leader-change-text">
        {notice?.message ?? ''}
      </p>
      {shown && (
        <button type="button" className="leader-change-close" aria-label="Dismiss leader change" onClick={() => setShown(false)}>
          ×
        </button>
      )}
    </div>
  );
}
