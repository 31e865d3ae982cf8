import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { RichText } from './rich-text';

it('renders inline code and http links from source text, and nothing else as markup', () => {
  const { container } = render(
    <p>
      <RichText text="Use [Bref](https://bref.sh) with `function handler($event)` <b>not bold</b> [x](javascript:alert(1))" />
    </p>,
  );
  expect(screen.getByRole('link', { name: 'Bref' })).toHaveAttribute('href', 'https://bref.sh');
  expect(container.querySelector('code')).toHaveTextContent('function handler($event)');
  expect(container.querySelector('b')).toBeNull();
  expect(screen.getAllByRole('link')).toHaveLength(1);
});
