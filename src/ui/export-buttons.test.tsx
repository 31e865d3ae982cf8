import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExportButtons } from './export-buttons';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('ExportButtons', () => {
  it('is a named group of two buttons that show progress while the image is made', async () => {
    const user = userEvent.setup();
    const run = deferred();
    const asked: string[] = [];
    render(
      <ExportButtons
        label="Export quadrant image"
        onExport={(format) => {
          asked.push(format);
          return run.promise;
        }}
      />,
    );
    const group = screen.getByRole('group', { name: 'Export quadrant image' });
    await user.click(within(group).getByRole('button', { name: 'Download SVG' }));
    expect(asked).toEqual(['svg']);
    expect(within(group).getByRole('button', { name: 'Exporting…' })).toBeDisabled();
    expect(within(group).getByRole('button', { name: 'Download PNG' })).toBeDisabled();
    run.resolve();
    expect(await within(group).findByRole('button', { name: 'Download SVG' })).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says clearly when the export fails, and lets the person try again', async () => {
    const user = userEvent.setup();
    render(<ExportButtons label="Export graph image" onExport={() => Promise.reject(new Error('the graph is not drawn yet'))} />);
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not export the PNG image: the graph is not drawn yet.');
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
  });
});
