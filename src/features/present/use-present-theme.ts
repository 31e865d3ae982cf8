import { useState } from 'react';

export type PresentTheme = 'light' | 'dark';

/** The projector theme: starts from the system's preference, then the facilitator's toggle (this visit only). */
export function usePresentTheme() {
  const [theme, setTheme] = useState<PresentTheme>(() =>
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  );
  return { theme, toggle: () => setTheme((t) => (t === 'dark' ? 'light' : 'dark')) };
}
