import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppStore } from './store/store';
import './ui/theme.css';
import './ui/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const store = createAppStore();
// What this browser saved is read first, so the first render shows the team's decision, not defaults.
void store.ready.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
  // Other tabs and the audience window of this browser share the decision (after the first paint:
  // it brings Yjs). Without BroadcastChannel the app simply works alone.
  void import('./store/shared-decision').then(({ shareDecision }) => shareDecision(store));
});
