import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toast } from './toast';

/** A page with a button before the toast, and the toast until it is dismissed. */
function Page({ autoDismissMs, onAction = () => {} }: { autoDismissMs?: number; onAction?: () => void }) {
  const [open, setOpen] = useState(true);
  const [dismissed, setDismissed] = useState(0);
  return (
    <>
      <button type="button">Reset weights</button>
      <p>Dismissed {dismissed} times</p>
      {open && (
        <Toast
          message="Weights reset."
          action={{ label: 'Undo', onAction }}
          autoDismissMs={autoDismissMs}
          onDismiss={() => {
            setOpen(false);
            setDismissed((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Toast', () => {
  it('is a polite status with its message, the action and a named dismiss button', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn();
    render(<Page onAction={onAction} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Weights reset.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onAction).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByText('Dismissed 1 times')).toBeInTheDocument();
  });

  it('has no action button when none is given, and names the dismiss button as told', () => {
    render(<Toast message="Saved." onDismiss={() => {}} dismissLabel="Close notice" />);
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['Close notice']);
  });

  it('Escape dismisses it while the keyboard is in it, and the keyboard goes back where it was', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const reset = screen.getByRole('button', { name: 'Reset weights' });
    reset.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(reset).toHaveFocus();
  });

  it('Escape elsewhere on the page leaves it alone', async () => {
    const user = userEvent.setup();
    render(<Page />);
    screen.getByRole('button', { name: 'Reset weights' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('status')).toHaveTextContent('Weights reset.');
  });

  it('stays until dismissed when no delay is given', () => {
    vi.useFakeTimers();
    render(<Page />);
    act(() => vi.advanceTimersByTime(60 * 60 * 1000));
    expect(screen.getByRole('status')).toBeInTheDocument();
  });

  it('dismisses itself after the delay it is given, and only then', () => {
    vi.useFakeTimers();
    render(<Page autoDismissMs={5000} />);
    act(() => vi.advanceTimersByTime(4999));
    expect(screen.getByRole('status')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByText('Dismissed 1 times')).toBeInTheDocument();
  });

  it('waits while the keyboard is in it, and starts the delay again when it leaves', () => {
    vi.useFakeTimers();
    render(<Page autoDismissMs={5000} />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    act(() => vi.advanceTimersByTime(4000));
    act(() => undo.focus());
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByRole('status')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Reset weights' }).focus());
    act(() => vi.advanceTimersByTime(4999));
    expect(screen.getByRole('status')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('a replaced toast (a new key) gets the whole delay again', () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    const { rerender } = render(<Toast key="a" message="Deleted A." onDismiss={onDismiss} autoDismissMs={5000} />);
    act(() => vi.advanceTimersByTime(4000));
    rerender(<Toast key="b" message="Deleted B." onDismiss={onDismiss} autoDismissMs={5000} />);
    act(() => vi.advanceTimersByTime(4000));
    expect(onDismiss).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted B.');
    act(() => vi.advanceTimersByTime(1000));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
