import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/render-app';

const ranking = () => within(screen.getByRole('list', { name: 'Options by score' }));
const order = () =>
  ranking()
    .getAllByRole('link')
    .map((a) => a.textContent);
const scoreOf = (name: string) => {
  const item = ranking().getByRole('link', { name }).closest('li')!;
  return Number(item.querySelector('.score')!.firstChild!.textContent);
};

async function openWorkbench() {
  const view = await renderApp('/');
  await screen.findByRole('heading', { name: 'Ranking' });
  return view;
}

describe('weights', () => {
  it('has one slider per criterion, named after it, with its value spoken', async () => {
    await openWorkbench();
    for (const name of [
      'Team Size',
      'Deployment Frequency',
      'Operational Overhead',
      'Scalability',
      'Compliance/Security',
      'PHP Fit',
      'Go Fit',
    ]) {
      const slider = screen.getByRole('slider', { name });
      expect(slider).toHaveValue('5');
      expect(slider).toHaveAttribute('aria-valuetext', '5 of 10');
    }
  });

  it('moving one slider re-ranks the options the way the source’s table implies', async () => {
    await openWorkbench();
    expect(order()).toEqual(['Serverless', 'Modular Monolith', 'Monolith', 'SOA', 'Microservices']);
    // Centralized compliance (Monolith, Modular Monolith) beats Provider-managed (Serverless) once it matters most.
    fireEvent.change(screen.getByRole('slider', { name: 'Compliance/Security' }), { target: { value: '10' } });
    expect(order().slice(0, 3)).toEqual(['Modular Monolith', 'Monolith', 'Serverless']);
    expect(screen.getByText(/^Modular Monolith leads Monolith because of/)).toBeInTheDocument();
  });

  it('a profile sets every slider, and reset goes back to the neutral weights', async () => {
    const { user } = await openWorkbench();
    await user.click(screen.getByRole('button', { name: 'Regulated enterprise' }));
    expect(screen.getByRole('slider', { name: 'Compliance/Security' })).toHaveValue('10');
    expect(screen.getByRole('button', { name: 'Regulated enterprise' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Reset weights' }));
    expect(screen.getByRole('slider', { name: 'Compliance/Security' })).toHaveValue('5');
    expect(screen.getByRole('button', { name: 'Neutral' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says so when every weight is zero', async () => {
    await openWorkbench();
    for (const s of screen.getAllByRole('slider')) fireEvent.change(s, { target: { value: '0' } });
    expect(screen.getByText('Every weight is zero: raise a slider to rank the options.')).toBeInTheDocument();
  });
});

describe('ratings matrix', () => {
  it('an override of one cell changes exactly the scores it should, is marked, and resets', async () => {
    const { user } = await openWorkbench();
    const before = ['Monolith', 'Modular Monolith', 'SOA', 'Microservices', 'Serverless'].map(scoreOf);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Serverless, Compliance/Security' }), 'Centralized');
    // Serverless: (6.1 + 0.5) / 7 = 94.3 instead of 6.1 / 7 = 87.1; nobody else moves.
    const after = ['Monolith', 'Modular Monolith', 'SOA', 'Microservices', 'Serverless'].map(scoreOf);
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
    expect([before[4], after[4]]).toEqual([87.1, 94.3]);
    expect(screen.getByText('1 cell changed by you')).toBeInTheDocument();
    expect(screen.getByText('source: Provider-managed')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset Serverless, Compliance/Security to the source’s Provider-managed' }));
    expect(scoreOf('Serverless')).toBe(before[4]);
    expect(screen.getByText('As in the source')).toBeInTheDocument();
  });

  it('shows Space-Based as unrated until the team rates every weighted criterion', async () => {
    const { user } = await openWorkbench();
    expect(screen.getByText('Not ranked yet')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Space-Based, Scalability' })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: 'Space-Based, Team Size' }), '20-200{Enter}');
    for (const [criterion, rating] of [
      ['Deployment Frequency', 'High'],
      ['Operational Overhead', 'High'],
      ['Scalability', 'Horizontal'],
      ['Compliance/Security', 'Decentralized'],
      ['PHP Fit', 'Limited'],
      ['Go Fit', 'Excellent'],
    ] as const) {
      await user.selectOptions(screen.getByRole('combobox', { name: `Space-Based, ${criterion}` }), rating);
    }
    expect(order()).toContain('Space-Based');
    expect(screen.queryByText('Not ranked yet')).not.toBeInTheDocument();
  });

  it('refuses a team-size range it cannot read, without changing the rating', async () => {
    const { user } = await openWorkbench();
    const cell = screen.getByRole('textbox', { name: 'SOA, Team Size' });
    await user.clear(cell);
    await user.type(cell, 'lots{Enter}');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Write a range such as 10-40')).toBeInTheDocument();
    expect(screen.getByText('As in the source')).toBeInTheDocument();
  });
});

describe('team context', () => {
  it('a checklist answer says what it does and changes the ranking', async () => {
    const { user } = await openWorkbench();
    const question = screen.getByRole('group', { name: /Domain Cohesion/ });
    await user.click(within(question).getByRole('radio', { name: 'Yes' }));
    expect(within(question).getByText(/Adds a “Domain cohesion” criterion/)).toBeInTheDocument();
    expect(order()[0]).toBe('Modular Monolith');
    await user.click(within(question).getByRole('radio', { name: 'Not answered' }));
    expect(order()[0]).toBe('Serverless');
  });

  it('a PHP-only team: Go Fit says it has no effect', async () => {
    const { user } = await openWorkbench();
    await user.click(screen.getByRole('checkbox', { name: 'Go' }));
    const go = screen.getByRole('slider', { name: 'Go Fit' });
    expect(go).toHaveAttribute('aria-valuetext', '5 of 10, no effect');
    expect(screen.getByText(/your team does not use Go/)).toBeInTheDocument();
  });

  it('team size moves the options whose range it falls in', async () => {
    await openWorkbench();
    const monolith = scoreOf('Monolith');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Team size (engineers)' }), { target: { value: '300' } });
    expect(scoreOf('Monolith')).toBeLessThan(monolith);
  });
});

describe('sensitivity', () => {
  it('names the flip points of the leader in a table', async () => {
    await openWorkbench();
    const table = screen.getByRole('table', { name: /Flip points/ });
    expect(within(table).getByRole('row', { name: /Scalability/ })).toHaveTextContent('2.3: Monolith leads');
    expect(within(table).getByRole('row', { name: /Compliance\/Security/ })).toHaveTextContent('8.8: Modular Monolith leads');
    expect(screen.getByText(/^Robust: the smallest change that matters is lowering Scalability from 5 to 2.3/)).toBeInTheDocument();
  });
});
