import { PresentView } from '../features/present/present-view';
import { LeaderChangeAnnouncer } from './leader-change-announcer';

/**
 * Present mode, outside the app's header and navigation so each slide has the whole screen. The
 * audience window (a second window kept in step) plugs in through `audienceControl`.
 */
export function PresentPage() {
  return (
    <>
      <PresentView audienceControl={null} />
      <LeaderChangeAnnouncer />
    </>
  );
}
