import { describe, expect, it } from 'vitest';
import { focusKindOf, presentKeyAction } from './present-keys';

const act = (key: string, focus: Parameters<typeof presentKeyAction>[1] = 'other', current = 2, mods = {}) =>
  presentKeyAction({ key, ...mods }, focus, current, 6);

describe('presentKeyAction', () => {
  it('moves on with →, PageDown and Space, back with ← and PageUp, within the slides', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(act(key)).toEqual({ type: 'go', index: 3 });
    for (const key of ['ArrowLeft', 'PageUp']) expect(act(key)).toEqual({ type: 'go', index: 1 });
    expect(act('ArrowRight', 'other', 5)).toEqual({ type: 'go', index: 5 });
    expect(act('ArrowLeft', 'other', 0)).toEqual({ type: 'go', index: 0 });
  });

  it('jumps with Home, End and the number keys; numbers past the last slide do nothing', () => {
    expect(act('Home')).toEqual({ type: 'go', index: 0 });
    expect(act('End')).toEqual({ type: 'go', index: 5 });
    expect(act('1')).toEqual({ type: 'go', index: 0 });
    expect(act('6')).toEqual({ type: 'go', index: 5 });
    expect(act('7')).toBeNull();
    expect(act('0')).toBeNull();
  });

  it('leaves with Esc, shows the keys with ?, toggles full screen with F', () => {
    expect(act('Escape')).toEqual({ type: 'exit' });
    expect(act('?')).toEqual({ type: 'help' });
    expect(act('f')).toEqual({ type: 'fullscreen' });
    expect(act('F')).toEqual({ type: 'fullscreen' });
  });

  it('never fires while typing in a field', () => {
    for (const key of ['ArrowRight', ' ', '3', 'f', '?', 'Escape', 'Home']) expect(act(key, 'field')).toBeNull();
  });

  it('leaves a focused slider its arrows, Home/End and PageUp/PageDown, but still takes Space and numbers', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']) {
      expect(act(key, 'slider')).toBeNull();
    }
    expect(act(' ', 'slider')).toEqual({ type: 'go', index: 3 });
    expect(act('4', 'slider')).toEqual({ type: 'go', index: 3 });
  });

  it('lets a focused button or link take Space and Enter, and leaves browser shortcuts alone', () => {
    expect(act(' ', 'button')).toBeNull();
    expect(act('Enter', 'button')).toBeNull();
    expect(act('ArrowRight', 'button')).toEqual({ type: 'go', index: 3 });
    expect(act('ArrowLeft', 'other', 2, { altKey: true })).toBeNull();
    expect(act('f', 'other', 2, { ctrlKey: true })).toBeNull();
    expect(act('r', 'other', 2, { metaKey: true })).toBeNull();
  });
});

describe('focusKindOf', () => {
  const el = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild;
  };
  it('tells fields, sliders, buttons and the rest apart', () => {
    expect(focusKindOf(el('<input type="text">'))).toBe('field');
    expect(focusKindOf(el('<input>'))).toBe('field');
    expect(focusKindOf(el('<textarea></textarea>'))).toBe('field');
    expect(focusKindOf(el('<select><option>a</option></select>'))).toBe('field');
    expect(focusKindOf(el('<div role="textbox"></div>'))).toBe('field');
    expect(focusKindOf(el('<input type="range">'))).toBe('slider');
    expect(focusKindOf(el('<div role="slider"></div>'))).toBe('slider');
    expect(focusKindOf(el('<button>b</button>'))).toBe('button');
    expect(focusKindOf(el('<a href="/x">x</a>'))).toBe('button');
    expect(focusKindOf(el('<input type="checkbox">'))).toBe('button');
    expect(focusKindOf(el('<h1>t</h1>'))).toBe('other');
    expect(focusKindOf(null)).toBe('other');
  });
});
