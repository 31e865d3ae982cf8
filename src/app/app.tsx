import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { AppStoreProvider, type AppStore } from '../store/store';
import { createAppRouter } from './router';

export function App({ store }: { store: AppStore }) {
  const [router] = useState(createAppRouter);
  return (
    <AppStoreProvider store={store}>
      <RouterProvider router={router} />
    </AppStoreProvider>
  );
}
