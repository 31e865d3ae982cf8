import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ProblemDialog, ProblemList } from './notice';

beforeAll(() => {
  // jsdom has no modal <dialog>: opening it is enough for these tests.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

const problems = (n: number) => Array.from({ length: n }, (_, i) => `team.json:${i + 1} patterns[${i}].summary: expected string`);

describe('ProblemList', () => {
  it('lists each problem under its name', () => {
    render(<ProblemList problems={problems(2)} label="Mermaid problems" />);
    const items = within(screen.getByRole('list', { name: 'Mermaid problems' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(problems(2));
    expect(screen.queryByText(/more\.$/)).not.toBeInTheDocument();
  });

  it('shows the first 50 and says how many more there are', () => {
    render(<ProblemList problems={problems(53)} />);
    expect(within(screen.getByRole('list', { name: 'Problems' })).getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByText('…and 3 more.')).toBeInTheDocument();
  });
});

describe('ProblemDialog', () => {
  it('opens as a dialog named by its title, with what it means and the problems', () => {
    render(<ProblemDialog title="Could not load team.json" summary="Nothing was changed." problems={problems(1)} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Could not load team.json' });
    expect(within(dialog).getByRole('heading', { name: 'Could not load team.json' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Nothing was changed.');
    expect(within(within(dialog).getByRole('list', { name: 'Problems' })).getByRole('listitem')).toHaveTextContent(problems(1)[0]!);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('Close and the dialog’s own close (Escape) both tell the caller', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<ProblemDialog title="Could not open the snapshot" summary="Nothing was changed." problems={problems(1)} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Could not open the snapshot' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    dialog.dispatchEvent(new Event('close'));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('two dialogs on one page keep their own names', () => {
    render(
      <>
        <ProblemDialog title="Could not load a.json" summary="" problems={[]} onClose={() => {}} />
        <ProblemDialog title="Could not load b.json" summary="" problems={[]} onClose={() => {}} />
      </>,
    );
    expect(screen.getByRole('dialog', { name: 'Could not load a.json' })).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Could not load b.json' })).toBeInTheDocument();
  });
});
