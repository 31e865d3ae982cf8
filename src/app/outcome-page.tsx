import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { formatProblem } from '../domain/model/problem';
import { snapshotFromHash } from '../domain/snapshot/share-link';
import { memoryStorage } from '../lib/local-storage';
import { applySnapshot, openSnapshot } from '../store/snapshot-io';
import { AppStoreProvider, createAppStore, useAppStoreApi, type AppStore } from '../store/store';
import { ProblemList } from '../ui/notice';
import { ReportPage } from './report-page';

/**
 * The outcome of a shared decision, read-only and printable: what a share link opens. The link's
 * snapshot is shown from a store of its own (kept in memory, never saved, never shared with other
 * tabs), so the reader's own decision is untouched; "Open in the workbench" makes it the decision in
 * use (with Undo) to work on a copy.
 */
export function OutcomePage() {
  const { hash } = useLocation();
  const [link] = useState(() => snapshotFromHash(hash));
  const [shown, setShown] = useState<AppStore | null>(null);
  const main = useAppStoreApi();
  const navigate = useNavigate();

  useEffect(() => {
    if (!link?.ok) return;
    const store = createAppStore({ backend: memoryStorage, events: null });
    let live = true;
    void store.ready
      .then(() => applySnapshot(store, link.snapshot))
      .then(() => {
        if (live) setShown(store);
      });
    return () => {
      live = false;
      store.dispose();
    };
  }, [link]);

  if (!link?.ok) {
    return (
      <section className="page narrow">
        <h1>No shared decision here</h1>
        {link ? (
          <>
            <p>The link’s decision could not be read:</p>
            <ProblemList problems={link.problems.map((p) => formatProblem(p))} />
          </>
        ) : (
          <p>This address carries no decision. A share link (“Copy share link” on the Record page) opens its decision here.</p>
        )}
        <Link to="/record/report">See the decision in use as a report</Link>
      </section>
    );
  }

  const openInWorkbench = async () => {
    if (await openSnapshot(main, link, 'the shared link')) navigate('/');
  };
  const toolbar = (
    <div className="report-toolbar outcome-toolbar">
      <p className="outcome-note">A shared decision, read-only: your own decision is unchanged.</p>
      <div className="outcome-actions">
        <button type="button" className="button primary" onClick={() => void openInWorkbench()}>
          Open in the workbench
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </div>
  );
  if (!shown) return <p className="page muted">Opening the shared decision…</p>;
  return (
    <AppStoreProvider store={shown}>
      <ReportPage toolbar={toolbar} />
    </AppStoreProvider>
  );
}
