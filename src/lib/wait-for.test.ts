import { describe, expect, it } from 'vitest';
import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('resolves with the element once it appears', async () => {
    const found = waitFor(() => document.querySelector('.late'));
    const late = document.createElement('div');
    late.className = 'late';
    setTimeout(() => document.body.append(late), 30);
    await expect(found).resolves.toBe(late);
    late.remove();
  });

  it('rejects with a reason when it never appears', async () => {
    await expect(waitFor(() => document.querySelector('.never'), 50, 'the chart did not finish drawing')).rejects.toThrow(
      'the chart did not finish drawing',
    );
  });
});
