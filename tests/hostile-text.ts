/** Hostile text for the tests of every text export, and a check of what a Markdown viewer would make of it. */

/** Strings meant to run script, load something or link somewhere when a record is viewed. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](javascript:alert(1))',
  '![pixel](data:image/svg+xml;base64,PHN2Zy8+)',
  '[vb](vbscript:msgbox(1))',
  '<javascript:alert(1)>',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '`<b>` and ```\n<script>x</script>\n```',
  '\\<img src=x onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<a href="javascript:alert(1)">x</a>',
  '\n<div onmouseover=alert(1)>\n\nhi</div>',
  '[x](JaVaScRiPt:alert(1) "t")',
];

const PLAIN = new Set([
  'P',
  'EM',
  'STRONG',
  'DEL',
  'UL',
  'OL',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'HR',
  'BLOCKQUOTE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
  'CODE',
  'PRE',
]);

/** The first element of rendered HTML that could run script, load something or link (as tag and attributes), or null. */
export function unsafeHtml(html: string): string | null {
  const div = document.createElement('div');
  div.innerHTML = html;
  for (const el of div.querySelectorAll('*')) {
    const attrs = [...el.attributes].filter(
      (a) => a.name !== 'align' && !(el.tagName === 'OL' && a.name === 'start') && !(el.tagName === 'CODE' && a.name === 'class'),
    );
    if (!PLAIN.has(el.tagName) || attrs.length) return `<${el.tagName.toLowerCase()} ${attrs.map((a) => a.name).join(' ')}>`;
  }
  return null;
}
