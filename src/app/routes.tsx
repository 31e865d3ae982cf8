import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { WorkbenchPage } from './workbench-page';
import { NotFoundPage } from './not-found-page';

/** Route table; heavier views load on first visit so the first route stays small. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <WorkbenchPage /> },
      {
        path: 'forces',
        lazy: async () => ({ Component: (await import('./forces-page')).ForcesPage }),
      },
      {
        path: 'migration',
        lazy: async () => ({ Component: (await import('./migration-page')).MigrationPage }),
      },
      {
        path: 'record',
        lazy: async () => ({ Component: (await import('../features/record/record-page')).RecordPage }),
      },
      {
        path: 'record/report',
        lazy: async () => ({ Component: (await import('./report-page')).ReportPage }),
      },
      {
        path: 'patterns',
        lazy: async () => ({ Component: (await import('../features/catalog/catalog-page')).CatalogPage }),
      },
      {
        path: 'patterns/:patternId',
        lazy: async () => ({ Component: (await import('../features/catalog/pattern-page')).PatternPage }),
      },
      {
        path: 'compare',
        lazy: async () => ({ Component: (await import('../features/catalog/compare-page')).ComparePage }),
      },
      {
        path: 'room',
        lazy: async () => ({ Component: (await import('./room-page')).RoomPage }),
      },
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
    lazy: async () => ({ Component: (await import('./present-page')).PresentPage }),
  },
];
