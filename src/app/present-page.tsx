import { useEffect, useEffectEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PresentView } from '../features/present/present-view';
import { useAppStore, useAppStoreApi } from '../store/store';
import { LeaderChangeAnnouncer } from './leader-change-announcer';

/** The audience window's name: opening it again reuses the window already on the projector. */
const AUDIENCE_WINDOW = 'architecture-workbench-audience';

/**
 * Keeps the slide shown in step with the other windows of this browser: the slide this window
 * moves to is shared (the decision's shared document carries it), and a slide another window moves
 * to is shown here. Both windows follow each other, whichever one the presenter drives.
 */
function useSharedSlide() {
  const { slide } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const shown = useAppStore((s) => s.presentation?.slide ?? null);
  const showSlide = useAppStore((s) => s.showSlide);
  useEffect(() => {
    if (slide) showSlide(slide);
  }, [slide, showSlide]);
  // Only a change of the shared slide moves this window (its own moves are shared above); where it
  // is and how it got there are read at that moment.
  const follow = useEffectEvent((to: string) => {
    if (to !== slide) navigate(`/present/${encodeURIComponent(to)}`, { state: location.state });
  });
  useEffect(() => {
    if (shown) follow(shown);
  }, [shown]);
  // Leaving Present mode in this window leaves the others where they are.
  useEffect(() => () => showSlide(null), [showSlide]);
}

/** Opens the slides in a second window for the projector; this window keeps driving them. */
function AudienceButton() {
  const store = useAppStoreApi();
  const { slide } = useParams();
  const open = () => {
    // The new window starts from what this browser saved: write the last change first.
    store.flush();
    window.open(`/present/${slide ?? ''}`, AUDIENCE_WINDOW, 'popup,width=1280,height=720');
  };
  return (
    <button type="button" className="present-button" onClick={open} title="A second window for the projector, kept in step with this one">
      Open audience window
    </button>
  );
}

/**
 * Present mode, outside the app's header and navigation so each slide has the whole screen. The
 * laptop's window offers the audience window; the audience window itself does not.
 */
export function PresentPage() {
  useSharedSlide();
  // The window's name stays with it across its navigations: it is the audience window for good.
  const isAudience = window.name === AUDIENCE_WINDOW;
  return (
    <>
      <PresentView audienceControl={isAudience ? null : <AudienceButton />} />
      <LeaderChangeAnnouncer />
    </>
  );
}
