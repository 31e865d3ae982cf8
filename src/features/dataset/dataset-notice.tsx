import { formatProblem } from '../../domain/model/problem';
import { selectDataset, useAppStore } from '../../store/store';
import { ProblemDialog } from '../../ui/notice';
import { Toast } from '../../ui/toast';

/** The result of the last dataset action: a confirmation with undo, or the list of problems. */
export function DatasetNotice() {
  const notice = useAppStore((s) => s.datasetNotice);
  const inUse = useAppStore(selectDataset);
  const undo = useAppStore((s) => s.undoDatasetChange);
  const dismiss = useAppStore((s) => s.dismissDatasetNotice);

  if (!notice) return null;

  if (notice.kind === 'failed') {
    const count = notice.problems.length;
    return (
      <ProblemDialog
        title={`Could not load ${notice.fileName}`}
        summary={`${count === 1 ? 'One problem' : `${count} problems`} found. Nothing was changed: you are still using “${inUse.title}”.`}
        problems={notice.problems.map((p) => formatProblem(p, notice.fileName))}
        onClose={dismiss}
      />
    );
  }

  const text =
    notice.kind === 'loaded'
      ? `Loaded “${notice.title}” from ${notice.fileName} (${notice.patternCount} patterns).`
      : 'Back to the built-in dataset.';
  return <Toast message={text} action={{ label: 'Undo', onAction: undo }} onDismiss={dismiss} />;
}
