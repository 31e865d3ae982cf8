import { MAX_COMPARE } from '../../store/compare-slice';
import { useAppStore } from '../../store/store';

/** Adds a pattern to, or removes it from, the side-by-side comparison. */
export function CompareToggle({ id, name }: { id: string; name: string }) {
  const picked = useAppStore((s) => s.compareIds.includes(id));
  const full = useAppStore((s) => s.compareIds.length >= MAX_COMPARE);
  const toggle = useAppStore((s) => s.toggleCompare);
  return (
    <button
      type="button"
      className={`button small${picked ? ' selected' : ''}`}
      aria-pressed={picked}
      aria-label={`Compare ${name}`}
      disabled={!picked && full}
      title={!picked && full ? `Compare holds at most ${MAX_COMPARE} patterns` : undefined}
      onClick={() => toggle(id)}
    >
      {picked ? '✓ Comparing' : '+ Compare'}
    </button>
  );
}
