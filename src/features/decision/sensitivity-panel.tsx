import { TornadoChart } from './tornado-chart';
import { useDecision } from './use-decision';

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

/** How far each weight can move before the leader changes, and who takes over. */
export function SensitivityPanel() {
  const { sensitivity: s, optionName, criterionName } = useDecision();
  if (!s.leader) return null;
  const leader = optionName(s.leader);
  const closest = s.criteria
    .flatMap((c) => [c.up, c.down].filter((f) => f.weight !== null).map((f) => ({ c, f, d: Math.abs((f.weight as number) - c.weight) })))
    .sort((a, b) => a.d - b.d)[0];

  let reading: string;
  if (s.reading === 'tied') reading = `${leader} is tied for first place: any weight change can decide it.`;
  else if (!closest) reading = `No single weight changes the leader: ${leader} stays first wherever you move any one slider, from 0 to 10.`;
  else {
    const dir = (closest.f.weight as number) > closest.c.weight ? 'raising' : 'lowering';
    reading = `${s.reading === 'fragile' ? 'Fragile' : 'Robust'}: the smallest change that matters is ${dir} ${criterionName(
      closest.c.criterion,
    )} from ${fmt(closest.c.weight)} to ${fmt(closest.f.weight as number)}, which makes ${optionName(closest.f.taker as string)} the leader.`;
  }

  return (
    <section className="panel" aria-labelledby="sensitivity-title">
      <header className="panel-header">
        <h2 id="sensitivity-title">How robust is the lead?</h2>
        <span className={`badge reading-${s.reading}`}>{s.reading}</span>
      </header>
      <p className={closest ? undefined : 'tornado-robust'}>{reading}</p>
      <TornadoChart sensitivity={s} leader={leader} optionName={optionName} criterionName={criterionName} />
      <table className="data-table flip-table">
        <caption className="visually-hidden">Flip points of each weight for the leader {leader}</caption>
        <thead>
          <tr>
            <th scope="col">Weight</th>
            <th scope="col">Now</th>
            <th scope="col">Lower it to</th>
            <th scope="col">Raise it to</th>
          </tr>
        </thead>
        <tbody>
          {s.criteria.map((c) => (
            <tr key={c.criterion}>
              <th scope="row">{criterionName(c.criterion)}</th>
              <td>{fmt(c.weight)}</td>
              <FlipCell weight={c.down.weight} taker={c.down.taker} optionName={optionName} />
              <FlipCell weight={c.up.weight} taker={c.up.taker} optionName={optionName} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One flip point: the same element whether or not there is one, so a slider step changes its text and class, not the DOM. */
function FlipCell({ weight, taker, optionName }: { weight: number | null; taker: string | null; optionName: (id: string) => string }) {
  return (
    <td className={weight === null ? 'muted' : undefined}>
      {weight === null ? 'no change' : `${fmt(weight)}: ${optionName(taker as string)} leads`}
    </td>
  );
}
