import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/render-app';
import { isTextField } from './history-controls';

describe('Undo and Redo in the header', () => {
  it('Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y undo and redo on the page; inside a text field the keys stay the field’s', async () => {
    const { store, user } = await renderApp('/record');
    const title = await screen.findByRole('textbox', { name: 'Title' });
    store.getState().setWeight('scalability', 9);
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true });
    expect(store.getState().weights).toEqual({ scalability: 9 });
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.getState().weights).toEqual({});
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(store.getState().weights).toEqual({ scalability: 9 });
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(store.getState().weights).toEqual({ scalability: 9 });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().weights).toEqual({});
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });

  it('knows a text field from a slider or a button', () => {
    const make = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild;
    };
    expect(isTextField(make('<input type="text">'))).toBe(true);
    expect(isTextField(make('<textarea></textarea>'))).toBe(true);
    expect(isTextField(make('<input type="search">'))).toBe(true);
    expect(isTextField(make('<input type="range">'))).toBe(false);
    expect(isTextField(make('<button>x</button>'))).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
