import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { routes } from '../src/app/routes';

/** Renders the whole app at a path, as a person would meet it. */
export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  return { user, router, ...render(<RouterProvider router={router} />) };
}

function lazyRoutes(list: RouteObject[]): Promise<unknown>[] {
  return list.flatMap((r) => [...(typeof r.lazy === 'function' ? [r.lazy()] : []), ...lazyRoutes(r.children ?? [])]);
}

/**
 * Loads every module the app imports on demand (its lazy routes, charts and file readers). Awaited
 * in `beforeAll`, a test then waits for what the page shows, never for an import to finish within
 * findBy's one-second default: on a busy machine the first import of a module can take longer.
 */
export async function loadLazyModules(): Promise<void> {
  await Promise.all([
    ...lazyRoutes(routes),
    import('../src/domain/model/parse-dataset-text'),
    import('../src/features/record/open-snapshot'),
    import('../src/features/record/download-snapshot'),
    import('../src/features/quadrant/quadrant-chart'),
    import('../src/features/decision/tornado-chart'),
    import('html-to-image'),
  ]);
}
