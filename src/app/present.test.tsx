import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/render-app';

const title = () => screen.getByRole('heading', { level: 1 }).textContent;

/** Opens Present mode at a path; the first render waits for the lazily loaded route. */
async function present(path = '/present', first = 'Priorities') {
  const view = await renderApp(path);
  await screen.findByRole('heading', { level: 1, name: first });
  return view;
}

describe('Present mode keys', () => {
  it('/present opens the first slide; →, PageDown and Space move on, ← and PageUp back', async () => {
    const { user, router } = await present();
    expect(router.state.location.pathname).toBe('/present/priorities');
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ranking' })).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Robustness' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 1, name: 'Forces' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Robustness' })).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ranking' })).toBeInTheDocument();
    expect(screen.getByText('2 / 6')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2 Ranking' })).toHaveAttribute('aria-current', 'page');
  });

  it('Home, End and the number keys jump', async () => {
    const { user } = await present('/present/ranking', 'Ranking');
    await user.keyboard('{End}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Outcome' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Priorities' })).toBeInTheDocument();
    await user.keyboard('5');
    expect(await screen.findByRole('heading', { level: 1, name: 'Migration' })).toBeInTheDocument();
    await user.keyboard('9');
    expect(title()).toBe('Migration');
  });

  it('Esc goes back to the view the Present button was pressed on', { timeout: 15000 }, async () => {
    const { user, router } = await renderApp('/forces');
    await user.click(await screen.findByRole('link', { name: 'Present' }, { timeout: 5000 }));
    await screen.findByRole('heading', { level: 1, name: 'Priorities' }, { timeout: 5000 });
    await user.keyboard('{ArrowRight}');
    await screen.findByRole('heading', { level: 1, name: 'Ranking' });
    await user.keyboard('{Escape}');
    await screen.findByRole('link', { name: 'Present' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/forces');
  });

  it('Esc goes to the workbench when Present mode was opened directly', async () => {
    const { user, router } = await present('/present/outcome', 'Outcome');
    await user.keyboard('{Escape}');
    await screen.findByRole('link', { name: 'Present' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/');
  });

  it('a focused slider keeps its arrow keys, and the slide stays', async () => {
    const { user, store } = await present();
    const slider = screen.getByRole('slider', { name: 'Scalability' });
    slider.focus();
    // Key presses reach the document listener through the focused slider (user-event cannot drive a
    // native range in jsdom: TOOLCHAIN).
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']) fireEvent.keyDown(slider, { key });
    expect(title()).toBe('Priorities');
    // The browser test checks that the arrows move the value.
    fireEvent.change(slider, { target: { value: '9' } });
    expect(store.getState().weights.scalability).toBe(9);
    // Space is not a slider key: it still moves on.
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ranking' })).toBeInTheDocument();
  });

  it('keys never fire while typing in a field', async () => {
    const { user } = await present('/present/migration', 'Migration');
    const where = screen.getByRole('combobox', { name: 'Where the team is now' });
    where.focus();
    await user.keyboard('{ArrowRight} 3{End}f?{Escape}');
    expect(title()).toBe('Migration');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('? shows the keys, and closing them stays on the slide', async () => {
    const { user, router } = await present('/present/ranking', 'Ranking');
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keys' });
    expect(dialog).toHaveTextContent('Next slide');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/present/ranking');
  });

  it('a weight changed on the Priorities slide re-ranks, and a new leader is announced', async () => {
    await present();
    const status = screen.getAllByRole('status').find((s) => s.classList.contains('leader-change-text'))!;
    expect(status).toHaveTextContent('');
    act(() => {
      fireEvent.change(screen.getByRole('slider', { name: 'Compliance/Security' }), { target: { value: '10' } });
    });
    expect(status).toHaveTextContent('Leader changed: Serverless → Modular Monolith');
    expect(screen.getByRole('region', { name: 'Leading now' }).querySelector('li')).toHaveTextContent('Modular Monolith');
  });
});
