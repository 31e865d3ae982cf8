import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { onTestFinished } from 'vitest';
import { routes } from '../src/app/routes';
import { AppStoreProvider, createAppStore, type AppStore } from '../src/store/store';

/** Resolves once the router has loaded the route's code (a lazy route's module), however long that takes. */
function routeLoaded(router: ReturnType<typeof createMemoryRouter>): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized && router.state.navigation.state === 'idle') return resolve();
    const stop = router.subscribe((state) => {
      if (state.initialized && state.navigation.state === 'idle') {
        stop();
        resolve();
      }
    });
  });
}

/**
 * Renders the whole app at a path, as a person would meet it, with a store of its own (made fresh
 * unless the test passes one, e.g. to look at it or to start from saved data). `await` it: it
 * resolves when the route's code has loaded, so no query races a lazy import on a busy machine.
 */
export async function renderApp(path = '/', store: AppStore = createAppStore()) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await Promise.all([routeLoaded(router), store.ready]);
  const user = userEvent.setup();
  onTestFinished(() => store.dispose());
  return {
    user,
    router,
    store,
    ...render(
      <AppStoreProvider store={store}>
        <RouterProvider router={router} />
      </AppStoreProvider>,
    ),
  };
}
