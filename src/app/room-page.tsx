import { Link } from 'react-router';
import { METHOD_LABELS } from '../domain/group/aggregate';
import { LiveRoomPanel } from '../features/room/live-room-panel';
import { selectDecisionView, selectRoomAggregate } from '../store/decision-selectors';
import { useAppStore } from '../store/store';
import { useDocumentTitle } from '../ui/use-document-title';

/**
 * `/room`: the live room's page until the Group page holds the panel (then this page can go, or
 * stay as a short way to the projector's view). The panel, Reveal, and the room's weights once revealed.
 */
export function RoomPage() {
  useDocumentTitle('Live room');
  const revealed = useAppStore((s) => s.group.revealed);
  const setRevealed = useAppStore((s) => s.setGroupRevealed);
  const aggregate = useAppStore(selectRoomAggregate);
  const { criterionName } = useAppStore(selectDecisionView);
  return (
    <div className="page room-page">
      <h1>Live room</h1>
      <LiveRoomPanel />
      <section className="panel" aria-labelledby="room-weights-heading">
        <h2 id="room-weights-heading">The room’s weights</h2>
        {revealed ? (
          <>
            {aggregate ? (
              <>
                <p>
                  {capitalize(METHOD_LABELS[aggregate.method])} of {aggregate.participants} participants’ weights; the{' '}
                  <Link to="/">ranking</Link> uses them.
                </p>
                <ul aria-label="The room’s weights">
                  {Object.entries(aggregate.weights).map(([id, w]) => (
                    <li key={id}>
                      {criterionName(id)}: {Number.isInteger(w) ? w : w.toFixed(1)}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Nobody has entered weights yet.</p>
            )}
            <button type="button" className="button" onClick={() => setRevealed(false)}>
              Hide entries
            </button>
          </>
        ) : (
          <>
            <p>Hidden until you reveal them, so nobody anchors on the first answer.</p>
            <button type="button" className="button primary" onClick={() => setRevealed(true)}>
              Reveal
            </button>
          </>
        )}
      </section>
    </div>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
