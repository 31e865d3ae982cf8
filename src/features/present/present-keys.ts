/**
 * The keys of Present mode, decided from the key and what has focus: plain data in, an action out.
 * Presentation clickers send PageDown/PageUp (and some →/←); Space is "next" as in slide software.
 */

export type PresentAction = { type: 'go'; index: number } | { type: 'exit' } | { type: 'help' } | { type: 'fullscreen' };

/**
 * What has focus, as far as keys are concerned: a field one types in (text, select, editable
 * element), a slider (keeps its arrows, Home/End and PageUp/PageDown), a button or link (Space and
 * Enter activate it), or anything else.
 */
export type FocusKind = 'field' | 'slider' | 'button' | 'other';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Keys a focused slider moves itself with: never taken from it. */
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export function presentKeyAction(input: KeyInput, focus: FocusKind, current: number, count: number): PresentAction | null {
  const { key } = input;
  // Browser and system shortcuts (Ctrl+R, Alt+←, Cmd+F…) stay theirs; typing in a field stays typing.
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (focus === 'field') return null;
  if (focus === 'slider' && SLIDER_KEYS.has(key)) return null;
  if (focus === 'button' && (key === ' ' || key === 'Enter')) return null;
  const go = (index: number) => ({ type: 'go', index: Math.min(count - 1, Math.max(0, index)) }) as const;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return go(current + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return go(current - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(count - 1);
    case 'Escape':
      return { type: 'exit' };
    case '?':
      return { type: 'help' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    default:
      if (/^[1-9]$/.test(key) && Number(key) <= count) return go(Number(key) - 1);
      return null;
  }
}

/** What has focus, from the focused element. */
export function focusKindOf(el: Element | null): FocusKind {
  if (!el || !(el instanceof HTMLElement)) return 'other';
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return 'field';
  if (el instanceof HTMLInputElement) {
    if (el.type === 'range') return 'slider';
    if (['button', 'submit', 'reset', 'checkbox', 'radio'].includes(el.type)) return 'button';
    return 'field';
  }
  const role = el.getAttribute('role');
  if (role === 'slider') return 'slider';
  if (role === 'textbox' || role === 'combobox' || role === 'spinbutton') return 'field';
  if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || role === 'button' || role === 'link') return 'button';
  return 'other';
}

/** The keys, as the keys dialog and the README list them. */
export const KEY_HELP: readonly { keys: string; does: string }[] = [
  { keys: '→  PageDown  Space', does: 'Next slide' },
  { keys: '←  PageUp', does: 'Previous slide' },
  { keys: 'Home  End', does: 'First, last slide' },
  { keys: '1 – 6', does: 'Go to that slide' },
  { keys: 'F', does: 'Full screen on or off' },
  { keys: '?', does: 'These keys' },
  { keys: 'Esc', does: 'Leave Present mode' },
];
