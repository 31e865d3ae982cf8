import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { selectDecisionView } from '../../store/decision-selectors';

const CRITERIA = ['Team Size', 'Deployment Frequency', 'Operational Overhead', 'Scalability', 'Compliance/Security', 'PHP Fit', 'Go Fit'];

/** Sets a slider by its accessible name (a range input takes a change event, as a drag or key does). */
function setSlider(name: string, value: number) {
  fireEvent.change(screen.getByRole('slider', { name }), { target: { value: String(value) } });
}

describe('Group input', () => {
  it('pass the laptop: three participants enter their own weights, hidden from each other, then Reveal re-ranks', async () => {
    const { user, store } = await renderApp('/group');
    for (const name of ['Ana', 'Ben', 'Cy']) {
      await user.type(screen.getByRole('textbox', { name: 'Name (optional)' }), name);
      await user.click(screen.getByRole('button', { name: 'Add participant' }));
    }
    const participants = () => screen.getByRole('region', { name: 'Participants' });
    expect(within(participants()).getByRole('status')).toHaveTextContent('0 of 3 entered');
    await user.click(screen.getByRole('button', { name: 'Pass the laptop' }));

    // Each hand-over shows nobody's entry; each participant's sliders start from the defaults.
    const marks: Record<string, number> = { Ana: 10, Ben: 8, Cy: 0 };
    for (const [i, name] of ['Ana', 'Ben', 'Cy'].entries()) {
      expect(screen.getByRole('heading', { name: `Pass the laptop to ${name}` })).toBeInTheDocument();
      expect(screen.queryByRole('slider')).toBeNull();
      await user.click(screen.getByRole('button', { name: `Start as ${name}` }));
      const form = screen.getByRole('form', { name: `Your weights, ${name}` });
      // The previous participant's 10 is not what this one sees.
      expect(within(form).getByRole('slider', { name: 'Compliance/Security' })).toHaveAttribute(
        'aria-valuetext',
        expect.stringContaining('not moved yet'),
      );
      for (const c of CRITERIA) setSlider(c, c === 'Compliance/Security' ? marks[name]! : 1);
      await user.selectOptions(within(form).getByRole('combobox', { name: 'The option I would pick' }), 'Modular Monolith');
      await user.click(within(form).getByRole('button', { name: i === 2 ? 'Done: hand back to the facilitator' : 'Next participant' }));
    }

    expect(await screen.findByRole('heading', { name: 'Participants' })).toBeInTheDocument();
    expect(within(participants()).getByRole('status')).toHaveTextContent('3 of 3 entered');
    // Nothing is shown, and the ranking is the team's own, until Reveal.
    expect(screen.queryByRole('img', { name: /Compliance\/Security: lowest/ })).toBeNull();
    expect(selectDecisionView(store.getState()).room).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reveal to the room' }));
    expect(screen.getByRole('img', { name: 'Compliance/Security: lowest 0, highest 10; Ana 10, Ben 8, Cy 0' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /^Compliance\/Security/ });
    // Shifted geometric mean of 10, 8, 0: exp(mean(ln 11, ln 9, ln 1)) − 1 = 3.6.
    expect(within(row).getByRole('cell', { name: /^3\.6/ })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Discuss these' })).getByText('Compliance/Security')).toBeInTheDocument();
    const view = selectDecisionView(store.getState());
    expect(view.room?.participants).toBe(3);
    expect(view.sliders['compliance-security']).toBeCloseTo(3.64, 1);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Aggregate with' }), 'median');
    expect(within(screen.getByRole('row', { name: /^Compliance\/Security/ })).getByRole('cell', { name: /^8/ })).toBeInTheDocument();
  });

  it('an anonymous room shows no names and asks for none', async () => {
    const { user } = await renderApp('/group');
    await user.type(screen.getByRole('textbox', { name: 'Name (optional)' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    await user.click(screen.getByRole('checkbox', { name: /Anonymous/ }));
    expect(screen.queryByRole('textbox', { name: 'Name (optional)' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(screen.queryByText('Ana')).toBeNull();
    expect(screen.getByText('Participant 1')).toBeInTheDocument();
    expect(screen.getByText('Participant 2')).toBeInTheDocument();
  });

  it('on the Workbench, the room’s weights drive the sliders, and moving one is the facilitator’s override', async () => {
    const { user, store } = await renderApp('/group');
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    await user.click(screen.getByRole('button', { name: 'Pass the laptop' }));
    await user.click(screen.getByRole('button', { name: 'Start as Participant 1' }));
    setSlider('Scalability', 9);
    await user.click(screen.getByRole('button', { name: 'Done: hand back to the facilitator' }));
    await user.click(await screen.findByRole('button', { name: 'Reveal to the room' }));
    await user.click(screen.getByRole('link', { name: 'See the ranking' }));
    expect(await screen.findByText(/Ranking with the room’s weights \(geometric mean of 1 participant\)/)).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Scalability' })).toHaveValue('9');
    setSlider('Scalability', 2);
    expect(screen.getByRole('slider', { name: 'Scalability (facilitator)' })).toHaveValue('2');
    expect(store.getState().weights).toEqual({});
    expect(store.getState().group.overrides.scalability).toBe(2);
  });
});
