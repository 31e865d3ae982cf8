import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/render-app';

/** The catalog's own live count (the page has other live regions too, e.g. the leader-change announcement). */
const count = () => screen.getAllByRole('status').find((s) => /patterns$/.test(s.textContent ?? ''));
const cards = () => within(screen.getByRole('list', { name: 'Patterns' })).getAllByRole('heading', { level: 2 });

describe('pattern catalog', () => {
  it('shows one card per pattern of the source', async () => {
    await renderApp('/patterns');
    await screen.findByRole('heading', { level: 1, name: 'Pattern catalog' });
    expect(cards()).toHaveLength(22);
    expect(count()).toHaveTextContent('22 patterns');
    for (const name of [
      'Layered Architecture (N-tier)',
      'Space-Based Architecture',
      'Kappa Architecture',
      'Cell-Based Architecture',
      'Microservices',
    ]) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it('searches as the person types and says how many match', async () => {
    const { user } = await renderApp('/patterns');
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'enterprise service bus');
    expect(cards().map((h) => h.textContent)).toEqual(['Service-Oriented Architecture (SOA)']);
    expect(count()).toHaveTextContent('1 of 22 patterns');
  });

  it('finds patterns by the migrations that connect them', async () => {
    const { user } = await renderApp('/patterns');
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'strangler');
    expect(cards().map((h) => h.textContent)).toEqual(expect.arrayContaining(['Microservices']));
  });

  it('filters by category with toggle buttons', async () => {
    const { user } = await renderApp('/patterns');
    const data = await screen.findByRole('button', { name: 'Data Architecture Patterns' });
    await user.click(data);
    expect(data).toHaveAttribute('aria-pressed', 'true');
    expect(cards().map((h) => h.textContent)).toEqual([
      'Shared Database (When It Works)',
      'Data Lake & Warehouse Patterns',
      'Lambda Architecture',
      'Kappa Architecture',
      'Event Streaming Backbones',
    ]);
  });

  it('filters by language fit', async () => {
    const { user } = await renderApp('/patterns');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language fit' }), 'Good fit for PHP');
    const names = cards().map((h) => h.textContent);
    expect(names).toContain('Monolithic Architecture');
    expect(names).not.toContain('Kappa Architecture');
  });

  it('shows a clear empty state with a way out', async () => {
    const { user } = await renderApp('/patterns?q=blockchain');
    expect(await screen.findByRole('heading', { name: 'No pattern matches' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(cards()).toHaveLength(22);
  });

  it('collects patterns to compare and links to the comparison', async () => {
    const { user, router } = await renderApp('/patterns');
    await user.click(await screen.findByRole('button', { name: 'Compare Monolithic Architecture' }));
    await user.click(screen.getByRole('button', { name: 'Compare Modular Monoliths' }));
    expect(screen.getByRole('button', { name: 'Compare Monolithic Architecture' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('link', { name: 'Compare 2 selected' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare patterns' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?ids=monolith,modular-monolith');
    expect(screen.getByRole('columnheader', { name: 'Monolithic Architecture' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Modular Monoliths' })).toBeInTheDocument();
  });

  it('the header’s Compare link carries the selection, and the tray clears it', async () => {
    const { user, router } = await renderApp('/patterns');
    const header = () => within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Compare' });
    expect(header()).toHaveAttribute('href', '/compare');
    await user.click(await screen.findByRole('button', { name: 'Compare Microservices' }));
    await user.click(screen.getByRole('button', { name: 'Compare Serverless / Function-as-a-Service' }));
    const tray = screen.getByRole('region', { name: 'Patterns to compare' });
    expect(tray).toHaveTextContent('Microservices · Serverless / Function-as-a-Service');
    await user.click(header());
    expect(await screen.findByRole('columnheader', { name: 'Serverless / Function-as-a-Service' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?ids=microservices,serverless');
    expect(screen.getByRole('columnheader', { name: 'Microservices' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Catalog' }));
    await user.click(
      within(await screen.findByRole('region', { name: 'Patterns to compare' })).getByRole('button', { name: 'Clear selection' }),
    );
    expect(screen.queryByRole('region', { name: 'Patterns to compare' })).not.toBeInTheDocument();
    expect(header()).toHaveAttribute('href', '/compare');
  });
});

describe('downsides from the source', () => {
  it('compares the source’s considerations under their own row, and says “not in the source” where it gives none', async () => {
    await renderApp('/compare?ids=serverless,microservices,microkernel');
    const row = await screen.findByRole('row', { name: /^Considerations/ });
    const [serverless, microservices, microkernel] = within(row).getAllByRole('cell');
    expect(
      within(serverless!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Avoid long-running transactions (function timeouts).',
      'Handle idempotency (retries).',
      'Observability via structured logs and tracing (X-Ray, OpenTelemetry).',
    ]);
    expect(microservices).toHaveTextContent(/^not in the source$/);
    expect(microkernel).toHaveTextContent(/^Key Considerations/);
    expect(within(microkernel!).getAllByRole('listitem')[0]).toHaveTextContent('Define stable plugin interfaces.');
    const tradeOffs = screen.getAllByRole('row', { name: /^Trade-offs/ }).find((r) => within(r).queryAllByRole('cell').length === 3);
    expect(within(tradeOffs!).getAllByRole('cell')[0]).toHaveTextContent(/^not in the source$/);
    expect(screen.getByRole('table')).not.toHaveTextContent('—');
  });

  it('shows a pattern’s considerations on its page under the source’s heading', async () => {
    await renderApp('/patterns/microkernel');
    const section = await screen.findByRole('region', { name: 'Key Considerations' });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Define stable plugin interfaces.',
      'Sandbox and validate third-party plugins.',
      'Lifecycle management (install, enable, upgrade, disable).',
    ]);
  });

  it('lists each option’s pros, cons and considerations in the printable report', async () => {
    await renderApp('/record/report');
    const serverless = await screen.findByRole('region', { name: 'Serverless' });
    expect(within(serverless).getByRole('heading', { name: 'Considerations (from the source)' })).toBeInTheDocument();
    expect(within(serverless).getByText('Handle idempotency (retries).')).toBeInTheDocument();
    const microservices = screen.getByRole('region', { name: 'Microservices' });
    expect(within(microservices).getByRole('heading', { name: 'Considerations' })).toBeInTheDocument();
    expect(within(microservices).getByText('Not in the source.')).toBeInTheDocument();
  });
});

describe('pattern page', () => {
  it('shows every section of a pattern, its ratings and its migrations', async () => {
    await renderApp('/patterns/monolith');
    expect(await screen.findByRole('heading', { level: 1, name: 'Monolithic Architecture' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'When to use' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Variants' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Modular Monolith Techniques' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Simple deployment' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Hard to scale parts independently' })).toBeInTheDocument();
    const ratings = screen.getByRole('region', { name: 'Decision framework' });
    expect(within(ratings).getByText('Team Size').nextSibling).toHaveTextContent('1-15');
    const migrations = screen.getByRole('region', { name: 'Migrations' });
    expect(within(migrations).getByText('Encapsulate Modules')).toBeInTheDocument();
    expect(within(migrations).getByText('Identify bounded contexts.')).toBeInTheDocument();
  });

  it('shows code examples highlighted and named', async () => {
    await renderApp('/patterns/layered');
    const code = await screen.findByLabelText('PHP Example (Symfony), PHP code');
    expect(code).toHaveTextContent('class RegisterUserController');
    expect(code.querySelector('.hljs-keyword')).not.toBeNull();
  });

  it('says so when the pattern is not in the dataset', async () => {
    await renderApp('/patterns/blockchain');
    expect(await screen.findByRole('heading', { name: 'Pattern not found' })).toBeInTheDocument();
  });

  it('marks our own writing on a pattern the source has no section for', async () => {
    await renderApp('/patterns/microservices');
    expect(await screen.findByText('Our addition — no section in the source')).toBeInTheDocument();
  });
});
