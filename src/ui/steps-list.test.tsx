import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StepsList } from './steps-list';

describe('StepsList', () => {
  it('numbers the steps in their order, with their inline code', () => {
    render(<StepsList steps={['Split the `orders` module', 'Move its tables']} empty="No steps." />);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Split the orders module', 'Move its tables']);
    expect(within(items[0]!).getByText('orders').tagName).toBe('CODE');
    expect(screen.queryByText('No steps.')).not.toBeInTheDocument();
  });

  it('says there are none, in the words it is given, instead of an empty list', () => {
    render(<StepsList steps={[]} empty="The source gives no steps for this migration." />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByText('The source gives no steps for this migration.')).toBeInTheDocument();
  });
});
