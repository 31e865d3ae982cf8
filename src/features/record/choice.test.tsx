import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { adrInput } from '../../domain/madr/adr-input';
import { decisionMarkdown } from '../../domain/madr/markdown';
import { selectAdrFacts } from '../../store/adr';

describe("the team's choice on the Record page", () => {
  it('defaults to the leader; choosing the runner-up says so, asks why, and the record follows', async () => {
    const { user, store } = await renderApp('/record');
    const field = screen.getByRole('combobox', { name: 'Decision' });
    expect(field).toHaveDisplayValue('The ranking’s leader (now Serverless)');
    const outcome = screen.getByRole('region', { name: 'Outcome' });
    expect(within(outcome).getByText('Serverless', { selector: 'dd' })).toBeInTheDocument();

    await user.selectOptions(field, 'Modular Monolith');
    expect(screen.getByRole('note')).toHaveTextContent(
      'Modular Monolith is chosen over the ranking’s leader, Serverless (87.1). Say why in the rationale below: the record asks for it.',
    );
    expect(within(outcome).getByText('Modular Monolith', { selector: 'dd' })).toBeInTheDocument();
    const md = () => decisionMarkdown(adrInput(selectAdrFacts(store.getState())));
    expect(md()).toContain(
      "Chosen option: “Modular Monolith” (ranked 2, 81.7), chosen over the ranking's leader “Serverless” (87.1). The reason is not written yet.",
    );

    await user.type(screen.getByRole('textbox', { name: 'Rationale' }), 'We keep a modular-monolith core.');
    expect(screen.getByRole('note')).toHaveTextContent('The rationale below says why.');
    expect(md()).toMatch(
      /chosen over the ranking's leader “Serverless” \(87\.1\), for the reasons below\.[^\n]*\n\nWe keep a modular-monolith core\./,
    );

    await user.selectOptions(field, 'Not decided yet');
    expect(md()).toContain("Not decided yet. The ranking's leader is “Serverless” (87.1).");
    expect(within(outcome).getByText('Not decided yet', { selector: 'dd' })).toBeInTheDocument();
  });
});
