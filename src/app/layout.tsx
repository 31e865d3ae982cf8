import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { LeaderChangeAnnouncer } from './leader-change-announcer';
import { ReadingStatus } from './reading-status';
import { DatasetControls } from '../features/dataset/dataset-controls';
import { DatasetNotice } from '../features/dataset/dataset-notice';
import { DropOverlay } from '../features/dataset/drop-overlay';
import { SnapshotNotice } from '../features/record/snapshot-notice';
import { StorageNotice } from '../features/record/storage-notice';
import { useOpenSnapshot } from '../features/record/use-snapshot';
import { useDatasetFile } from '../features/dataset/use-dataset-file';
import { useCallback, useEffect, useMemo } from 'react';
import { useAppStore } from '../store/store';
import { HistoryControls, HistoryToast } from './history-controls';
import { MainNav, type NavItem } from './main-nav';

const NAV: readonly NavItem[] = [
  { to: '/', label: 'Workbench', end: true },
  { to: '/group', label: 'Group', end: false },
  { to: '/forces', label: 'Forces', end: false },
  { to: '/migration', label: 'Migration', end: false },
  { to: '/record', label: 'Record', end: false },
  { to: '/patterns', label: 'Catalog', end: false },
  { to: '/compare', label: 'Compare', end: false },
];

/** The main navigation, its Compare link carrying the patterns picked in the catalog (empty: the bare page). */
function navItems(compareIds: readonly string[]): readonly NavItem[] {
  if (compareIds.length === 0) return NAV;
  return NAV.map((item) => (item.to === '/compare' ? { ...item, to: `/compare?ids=${compareIds.join(',')}` } : item));
}

export function Layout() {
  const navigation = useNavigation();
  const compareIds = useAppStore((s) => s.compareIds);
  const nav = useMemo(() => navItems(compareIds), [compareIds]);
  const location = useLocation();
  const { openFile, openFromLocation } = useOpenSnapshot();
  const { loadFile } = useDatasetFile();
  // A shared link carries its snapshot in the URL fragment: open it once, on arrival.
  // The outcome view shows a link's decision read-only instead (outcome-page.tsx).
  useEffect(() => {
    if (window.location.pathname !== '/outcome') void openFromLocation();
  }, [openFromLocation]);
  /** A dropped file is an exported image, a snapshot or a dataset: its name or `type` says which. */
  const onDrop = useCallback(
    async (file: File) => {
      const head = await file.slice(0, 4096).text();
      // An image (PNG, SVG) is opened for the decision it carries, or told that it carries none.
      if (/\.(png|svg)$/i.test(file.name) || /^image\/(png|svg\+xml)$/.test(file.type)) await openFile(file);
      else if (/"type"\s*:\s*"architecture-workbench\/snapshot"/.test(head)) await openFile(file);
      else await loadFile(file);
    },
    [openFile, loadFile],
  );
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" aria-label="Architecture Workbench, home">
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="currentColor" opacity="0.15" />
            <rect x="7" y="7" width="8" height="8" rx="2" fill="var(--accent)" />
            <rect x="17" y="7" width="8" height="8" rx="2" fill="var(--accent-2)" />
            <rect x="7" y="17" width="8" height="8" rx="2" fill="var(--accent-2)" />
            <rect x="17" y="17" width="8" height="8" rx="2" fill="currentColor" />
          </svg>
          <span className="brand-name">Architecture Workbench</span>
        </NavLink>
        <MainNav items={nav} />
        <Link to="/present" state={{ from: location.pathname + location.search }} className="button ghost small present-link">
          Present
        </Link>
        <HistoryControls />
        <DatasetControls />
      </header>
      {navigation.state === 'loading' && <div className="route-progress" role="progressbar" aria-label="Loading view" />}
      <StorageNotice />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <ReadingStatus />
      <DatasetNotice />
      <SnapshotNotice />
      <HistoryToast />
      <LeaderChangeAnnouncer />
      <DropOverlay onFile={onDrop} />
      <ScrollRestoration />
    </div>
  );
}
