import { leaderBands } from '../../domain/scoring/bands';
import type { Sensitivity } from '../../domain/scoring/sensitivity';

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();
const MAX = 10;
const pct = (x: number) => `${(Math.min(MAX, Math.max(0, x)) / MAX) * 100}%`;

interface Props {
  sensitivity: Sensitivity;
  leader: string;
  optionName: (id: string) => string;
  criterionName: (id: string) => string;
}

/**
 * Tornado chart, plain HTML and CSS (a slider step re-renders it: recharts cost more than the rest of
 * the step). For each weight that can change the leader, the band of slider values over which the
 * leader stays first, narrowest first, with a mark at the current value; each bar says the same in
 * words for a screen reader. Weights that can move anywhere are named in one line, not drawn as equal
 * full bars; when that is all of them, nothing is drawn (the panel's one sentence says it).
 */
export function TornadoChart({ sensitivity, leader, optionName, criterionName }: Props) {
  const { sensitive, free } = leaderBands(sensitivity, { min: 0, max: MAX });
  // No bar to draw: the panel's reading already says, in one sentence, that no single weight matters.
  if (sensitive.length === 0) return null;
  return (
    <figure className="tornado">
      <figcaption className="tornado-caption">{`Where ${leader} stays first, per weight (slider 0–10; the mark is the value now)`}</figcaption>
      <ul className="tornado-rows">
        {sensitive.map((b) => {
          const below = b.belowTaker ? `; below ${fmt(b.lo)} ${optionName(b.belowTaker)} leads` : '';
          const above = b.aboveTaker ? `; above ${fmt(b.hi)} ${optionName(b.aboveTaker)} leads` : '';
          return (
            <li key={b.criterion} className="tornado-row">
              <span className="tornado-name" aria-hidden="true">
                {criterionName(b.criterion)}
              </span>
              {/* The band's text alternative is an attribute, not hidden text: a step changes it without a layout. */}
              <span
                className="tornado-track"
                role="img"
                aria-label={`${criterionName(b.criterion)}: ${leader} stays first from ${fmt(b.lo)} to ${fmt(b.hi)}, now ${fmt(b.weight)}${below}${above}.`}
              >
                <span className="tornado-band" style={{ left: pct(b.lo), width: pct(b.hi - b.lo) }} />
                <span className="tornado-now" style={{ left: pct(b.weight) }} />
              </span>
              <span className="tornado-range" aria-hidden="true">
                {`${fmt(b.lo)}–${fmt(b.hi)}`}
              </span>
            </li>
          );
        })}
      </ul>
      {free.length > 0 && (
        <p className="tornado-free small">{`Any value from 0 to 10 keeps ${leader} first for ${free.map(criterionName).join(', ')}.`}</p>
      )}
    </figure>
  );
}
