import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { memo } from 'react';
import type { DecisionView } from '../../store/decision-selectors';

/**
 * Tornado chart: for each weight, the band of slider values over which the leader stays first.
 * Narrow bands (most sensitive weights) come first. The flip table beside it is the text alternative.
 */
function TornadoChart({ view }: { view: DecisionView }) {
  const { sensitivity: s, criterionName } = view;
  const rows = s.criteria
    .map((c) => {
      const lo = c.down.weight ?? 0;
      const hi = c.up.weight ?? 10;
      return { name: criterionName(c.criterion), lo, band: hi - lo, now: c.weight, sensitive: hi - lo < 10 };
    })
    .sort((a, b) => a.band - b.band);
  return (
    <div className="tornado" role="img" aria-label="Tornado chart of the slider range over which the leader stays first, per weight; the table below gives the same values">
      <ResponsiveContainer width="100%" height={rows.length * 30 + 40}>
        <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 13 }} />
          <Tooltip
            formatter={(_v, _n, item) => {
              const p = item.payload as { lo: number; band: number };
              return [`${p.lo.toFixed(1)} – ${(p.lo + p.band).toFixed(1)}`, 'Leader holds'];
            }}
          />
          <Bar dataKey="lo" stackId="t" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="band" stackId="t" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.name} fill={r.sensitive ? 'var(--accent-2)' : 'var(--accent)'} />
            ))}
          </Bar>
          <ReferenceLine x={0} stroke="var(--border)" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Memoised on the decision it is given: the panel passes a deferred one (see SensitivityPanel). */
export default memo(TornadoChart);
