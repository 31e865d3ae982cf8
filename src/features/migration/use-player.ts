import { useEffect, useState } from 'react';

/**
 * Steps through a path: step 0 is the start, step i (1…n) makes edge i−1 the active migration.
 * Playing advances on a timer (an external clock, hence the effect) and stops at the end.
 */
export function usePlayer(length: number, resetKey: string) {
  const [state, setState] = useState({ key: resetKey, step: 0, playing: false });
  const [speed, setSpeed] = useState(1);
  // A different path starts over (state derived from the key during render, not in an effect).
  const current = state.key === resetKey ? state : { key: resetKey, step: 0, playing: false };
  if (current !== state) setState(current);
  const { step, playing } = current;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setState((s) => {
        const next = Math.min(length, s.step + 1);
        return { ...s, step: next, playing: next < length };
      });
    }, 1800 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, length]);

  return {
    step,
    playing,
    speed,
    setSpeed,
    play: () => setState((s) => ({ ...s, step: s.step >= length ? 1 : Math.max(1, s.step), playing: length > 0 })),
    pause: () => setState((s) => ({ ...s, playing: false })),
    forward: () => setState((s) => ({ ...s, step: Math.min(length, s.step + 1), playing: false })),
    back: () => setState((s) => ({ ...s, step: Math.max(0, s.step - 1), playing: false })),
    restart: () => setState((s) => ({ ...s, step: 0, playing: false })),
  };
}
