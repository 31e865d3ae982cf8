import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { ViewPart } from '../store/view-reset';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { ViewBoundary } from './view-boundary';
import { WorkbenchPage } from './workbench-page';
import { NotFoundPage } from './not-found-page';

/**
 * A view loaded on first visit, inside its own error boundary: a view that throws shows its ways out
 * (view-boundary.tsx) within the layout, so the header and the other views stay usable.
 */
const view =
  (part: ViewPart | null, load: () => Promise<ComponentType>): RouteObject['lazy'] =>
  async () => {
    const Page = await load();
    return {
      element: (
        <ViewBoundary part={part}>
          <Page />
        </ViewBoundary>
      ),
    };
  };

/** Route table; heavier views load on first visit so the first route stays small. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        element: (
          <ViewBoundary part="workbench">
            <WorkbenchPage />
          </ViewBoundary>
        ),
      },
      { path: 'group', lazy: view('group', async () => (await import('./group-route')).GroupRoute) },
      { path: 'forces', lazy: view('forces', async () => (await import('./forces-page')).ForcesPage) },
      { path: 'migration', lazy: view('migration', async () => (await import('./migration-page')).MigrationPage) },
      { path: 'record', lazy: view('record', async () => (await import('../features/record/record-page')).RecordPage) },
      { path: 'record/report', lazy: view('record', async () => (await import('./report-page')).ReportPage) },
      { path: 'outcome', lazy: view(null, async () => (await import('./outcome-page')).OutcomePage) },
      { path: 'patterns', lazy: view(null, async () => (await import('../features/catalog/catalog-page')).CatalogPage) },
      { path: 'patterns/:patternId', lazy: view(null, async () => (await import('../features/catalog/pattern-page')).PatternPage) },
      { path: 'compare', lazy: view(null, async () => (await import('../features/catalog/compare-page')).ComparePage) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // A room's link on a participant's phone: its own screen, phone first, no header.
  {
    path: '/join',
    errorElement: <RouteError />,
    lazy: async () => ({ Component: (await import('./join-page')).JoinPage }),
  },
  // Present mode fills the screen: its own shell, no header (loaded on first visit).
  {
    path: '/present/:slide?',
    errorElement: <RouteError />,
    lazy: view('workbench', async () => (await import('./present-page')).PresentPage),
  },
];
