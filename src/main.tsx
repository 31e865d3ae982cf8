import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { roomLinkPath } from './features/room/room-link-path';
import { roomSessionsLoader } from './store/room-sessions-context';
import { createAppStore } from './store/store';
import './ui/theme.css';
import './ui/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A room's link (`#room=…&relay=…`, as `npm run relay` prints it for the app's root) opens the join screen.
const joinPath = roomLinkPath(window.location);
if (joinPath) window.history.replaceState(null, '', joinPath);
const store = createAppStore();
const loadRooms = roomSessionsLoader(store);
// What this browser saved is read first, so the first render shows the team's decision, not defaults.
void store.ready.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App store={store} loadRooms={loadRooms} />
    </StrictMode>,
  );
  // Other tabs and the audience window of this browser share the decision through one document,
  // the one a live room connects to its relay (after the first paint: it brings Yjs). Without
  // BroadcastChannel the app simply works alone.
  void loadRooms();
});
