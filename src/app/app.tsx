import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { RoomSessionsProvider, type LoadRoomSessions } from '../store/room-sessions-context';
import { AppStoreProvider, type AppStore } from '../store/store';
import { createAppRouter } from './router';

export function App({ store, loadRooms = null }: { store: AppStore; loadRooms?: LoadRoomSessions | null }) {
  const [router] = useState(createAppRouter);
  return (
    <AppStoreProvider store={store}>
      <RoomSessionsProvider load={loadRooms}>
        <RouterProvider router={router} />
      </RoomSessionsProvider>
    </AppStoreProvider>
  );
}
