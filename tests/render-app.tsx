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

function lazyRoutes(list: RouteObject[], paths: string[]): Promise<unknown>[] {
  return list.flatMap((r) => [
    ...(typeof r.lazy === 'function' && r.path !== undefined && paths.includes(r.path) ? [r.lazy()] : []),
    ...lazyRoutes(r.children ?? [], paths),
  ]);
}

/**
 * Loads the modules of the lazy routes at these paths (as written in routes.tsx, e.g. 'patterns/:patternId').
 * Awaited in `beforeAll` (with an `import()` of any other module the app loads on demand), a test then
 * waits for what the page shows, never for a first import to finish within findBy's one-second default:
 * on a busy machine the first import of a module can take longer.
 */
export async function loadRoutes(...paths: string[]): Promise<void> {
  const loads = lazyRoutes(routes, paths);
  if (loads.length !== paths.length) throw new Error(`not every path names a lazy route: ${paths.join(', ')}`);
  await Promise.all(loads);
}
