import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../ui/use-document-title';
import { KeysDialog } from './keys-dialog';
import { focusKindOf, presentKeyAction } from './present-keys';
import { SLIDES, slideIndex, type SlideId } from './slides';
import { useFullscreen } from './use-fullscreen';
import { usePresentTheme } from './use-present-theme';
import { useSlideFit } from './use-slide-fit';
import { PrioritiesSlide } from './priorities-slide';
import { RankingSlide } from './ranking-slide';
import { RobustnessSlide } from './robustness-slide';
import { ForcesSlide } from './forces-slide';
import { MigrationSlide } from './migration-slide';
import { OutcomeSlide } from './outcome-slide';
import './present.css';

const BODY: Record<SlideId, () => ReactNode> = {
  priorities: () => <PrioritiesSlide />,
  ranking: () => <RankingSlide />,
  robustness: () => <RobustnessSlide />,
  forces: () => <ForcesSlide />,
  migration: () => <MigrationSlide />,
  outcome: () => <OutcomeSlide />,
};

/** Where Esc goes back to: the page the Present button was pressed on (carried in the history state). */
interface PresentState {
  from?: string;
}

export interface PresentViewProps {
  /**
   * The place for the "Open audience window" control (a second window for the projector, kept in
   * step with this one). The app passes it in; Present mode itself knows nothing of windows or sync.
   */
  audienceControl?: ReactNode;
}

/** Present mode: one slide at a time, full screen, driven by a presentation clicker or the keyboard. */
export function PresentView({ audienceControl }: PresentViewProps) {
  const { slide } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const state = (location.state ?? {}) as PresentState;
  const index = slideIndex(slide);
  const current = SLIDES[Math.max(0, index)]!;
  const [helpOpen, setHelpOpen] = useState(false);
  const fullscreen = useFullscreen();
  const theme = usePresentTheme();
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useDocumentTitle(`${current.title} · Present`);
  useSlideFit(body, current.id, current.fills);

  const go = (i: number) => navigate(`/present/${SLIDES[i]!.id}`, { state, replace: false });
  const exit = () => navigate(state.from ?? '/');

  // Keys come to the document (a clicker has no focus target): an outside event source, an effect.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || helpOpen) return;
    const action = presentKeyAction(e, focusKindOf(document.activeElement), index, SLIDES.length);
    if (!action) return;
    e.preventDefault();
    if (action.type === 'go') {
      if (action.index !== index) go(action.index);
    } else if (action.type === 'exit') exit();
    else if (action.type === 'help') setHelpOpen(true);
    else fullscreen.toggle();
  });
  // A layout effect: the keys work from the first frame the slide is seen (a press right after it
  // appears is not lost to a listener that is attached after paint).
  useLayoutEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // A new slide is announced by moving focus to its title (screen readers read it; keys still work).
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per slide on purpose (the new slide's title takes focus)
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus({ preventScroll: true });
  }, [index]);

  if (index < 0) return <Navigate to={`/present/${SLIDES[0].id}`} replace state={state} />;

  return (
    <div className="present" data-theme={theme.theme}>
      <main className="present-slide" aria-labelledby="present-title">
        <h1 id="present-title" ref={heading} tabIndex={-1}>
          {current.title}
        </h1>
        <div className="present-body" ref={body}>
          {BODY[current.id]()}
        </div>
      </main>
      <footer className="present-bar">
        <div className="present-progress">
          <span aria-hidden="true">
            {index + 1} / {SLIDES.length}
          </span>
          <span
            className="present-progress-bar"
            role="progressbar"
            aria-label="Slide"
            aria-valuemin={1}
            aria-valuemax={SLIDES.length}
            aria-valuenow={index + 1}
            aria-valuetext={`Slide ${index + 1} of ${SLIDES.length}: ${current.title}`}
          >
            <span style={{ width: `${((index + 1) / SLIDES.length) * 100}%` }} />
          </span>
        </div>
        <nav aria-label="Slides" className="present-nav">
          <ol>
            {SLIDES.map((s, i) => (
              <li key={s.id}>
                <Link to={`/present/${s.id}`} state={state} aria-current={i === index ? 'page' : undefined}>
                  <span className="present-nav-number">{i + 1}</span> <span className="present-nav-name">{s.title}</span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <div className="present-controls">
          {audienceControl}
          <button type="button" className="present-button" aria-pressed={theme.theme === 'dark'} onClick={theme.toggle}>
            Dark
          </button>
          <button
            type="button"
            className="present-button"
            aria-pressed={fullscreen.active}
            disabled={!fullscreen.available}
            title={fullscreen.available ? 'F' : 'This browser does not allow full screen here'}
            onClick={fullscreen.toggle}
          >
            Full screen
          </button>
          <button type="button" className="present-button" aria-haspopup="dialog" onClick={() => setHelpOpen(true)}>
            Keys
          </button>
          <button type="button" className="present-button" onClick={exit}>
            Exit
          </button>
        </div>
      </footer>
      <KeysDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
