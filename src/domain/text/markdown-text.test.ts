import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { HOSTILE, unsafeHtml } from '../../../tests/hostile-text';
import { markdownCell, markdownText } from './markdown-text';

/** What an ordinary Markdown viewer that passes HTML through (marked's default) makes of a line. */
const render = (md: string) => marked.parse(md, { async: false });

describe('markdownText', () => {
  it('shows HTML as text: an ordinary viewer renders no element from it', () => {
    // The last three are bare addresses GFM makes links of (the property test found the first).
    for (const s of [...HOSTILE, '+@-.0', 'mail ana@example.com', 'see https://x.org or WWW.x.org']) {
      const html = render(markdownText(s));
      expect(unsafeHtml(html), s).toBeNull();
      const multi = render(markdownText(s, { multiline: true }));
      expect(unsafeHtml(multi), s).toBeNull();
    }
  });

  it('stays readable: rendered, the text reads as it was written', () => {
    const readable = (s: string) => {
      const div = document.createElement('div');
      div.innerHTML = render(markdownText(s));
      return div.textContent?.trim();
    };
    expect(markdownText('a < b && c > d')).toBe('a &lt; b && c &gt; d');
    expect(readable('a < b && c > d')).toBe('a < b && c > d');
    expect(readable('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(readable('[click me](javascript:alert(1))')).toBe('[click me](javascript:alert(1))');
    expect(readable('&lt; is how HTML writes <')).toBe('&lt; is how HTML writes <');
    expect(readable('C:\\path\\[x]')).toBe('C:\\path\\[x]');
    expect(readable('Team `A`')).toBe('Team `A`');
    expect(readable('ana@example.com, https://example.com and www.example.com')).toBe(
      'ana@example.com, https://example.com and www.example.com',
    );
  });

  it('folds line breaks in one-line places, and keeps them where asked', () => {
    expect(markdownText('one\n# two\r\nthree')).toBe('one # two three');
    expect(markdownText('one\r\n\r\ntwo', { multiline: true })).toBe('one\n\ntwo');
  });

  it('escapes a table cell’s bar so it cannot add a column', () => {
    expect(markdownCell('a | b\nc')).toBe('a \\| b c');
  });

  it('renders no element, link or image from any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...HOSTILE, '<', '>', '[', ']', '(', ')', '`', '\\', '&', ':', '!', '\n'), fc.string()), {
          maxLength: 12,
        }),
        (parts) => {
          const s = parts.join('');
          expect(unsafeHtml(render(markdownText(s)))).toBeNull();
          expect(unsafeHtml(render(markdownText(s, { multiline: true })))).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('would let HTML and links through unescaped (the check can fail)', () => {
    for (const s of ['<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '![p](data:image/png;base64,AA)', '+@-.0', 'www.x.org']) {
      expect(unsafeHtml(render(s))).not.toBeNull();
    }
  });
});
