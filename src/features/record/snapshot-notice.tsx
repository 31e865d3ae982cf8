import { formatProblem } from '../../domain/model/problem';
import { useAppStore } from '../../store/store';
import { ProblemDialog } from '../../ui/notice';
import { Toast } from '../../ui/toast';
import { useOpenSnapshot } from './use-snapshot';

/** Says what opening a snapshot did, with undo; or lists why it could not be opened. */
export function SnapshotNotice() {
  const notice = useAppStore((s) => s.snapshotNotice);
  const setNotice = useAppStore((s) => s.setSnapshotNotice);
  const { undoOpen } = useOpenSnapshot();
  const dismiss = () => setNotice(null);
  if (!notice) return null;
  if (notice.kind === 'failed') {
    return (
      <ProblemDialog
        title={`Could not open the snapshot from ${notice.from}`}
        summary="Nothing was changed: your decision is as it was."
        problems={notice.problems.map((p) => formatProblem(p))}
        onClose={dismiss}
      />
    );
  }
  return (
    <Toast
      message={`Opened “${notice.title}” from ${notice.from}.${notice.warnings.length ? ` ${notice.warnings.join(' ')}` : ''}`}
      action={{ label: 'Undo', onAction: () => void undoOpen() }}
      onDismiss={dismiss}
    />
  );
}
