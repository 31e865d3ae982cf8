/**
 * Plain SVG text, written by hand: only elements every SVG renderer draws (rect, circle, line, path,
 * text), no foreignObject, no CSS classes, no web fonts. librsvg (GNOME, Inkscape's import, many
 * document pipelines), slide tools and browsers all show it the same.
 */

/** Fonts that Debian, macOS and Windows have; a renderer falls back to its sans-serif. */
export const FONT_FAMILY = 'Liberation Sans, Arial, Helvetica, sans-serif';

/** Text for XML content and attribute values; drops the control characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, ''));

export type Attrs = Record<string, string | number | undefined>;

/** One element: `<name a="1">children</name>`, or self-closing without children. */
export function el(name: string, attrs: Attrs, children?: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v as string)}"`)
    .join('');
  return children === undefined ? `<${name}${a}/>` : `<${name}${a}>${children}</${name}>`;
}

/** A text element; `text` is escaped. */
export function text(x: number, y: number, content: string, attrs: Attrs = {}): string {
  return el('text', { x, y, ...attrs }, escapeXml(content));
}

/** A whole SVG document of `width`×`height` user units (= CSS px), on an opaque background. */
export function svgDocument(width: number, height: number, title: string, body: string, background = '#ffffff'): string {
  return `${el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      'font-family': FONT_FAMILY,
    },
    `${el('title', {}, escapeXml(title))}${el('rect', { x: 0, y: 0, width, height, fill: background })}${body}`,
  )}\n`;
}

/** Where an image's decision goes: the `<metadata>` element with this id. */
export const SNAPSHOT_METADATA_ID = 'architecture-workbench-snapshot';

/**
 * The SVG with `content` (the snapshot's JSON) in a `<metadata>` element right after the opening
 * tag, escaped as XML text; an earlier one is replaced.
 */
export function withSvgMetadata(svg: string, content: string): string {
  const without = svg.replace(new RegExp(`<metadata id="${SNAPSHOT_METADATA_ID}"[^>]*>[\\s\\S]*?</metadata>`), '');
  const open = without.match(/<svg\b[^>]*>/);
  if (!open || open.index === undefined) throw new Error('not an SVG document');
  const at = open.index + open[0].length;
  return `${without.slice(0, at)}<metadata id="${SNAPSHOT_METADATA_ID}">${escapeXml(content)}</metadata>${without.slice(at)}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text of our `<metadata>` element, unescaped (XML's predefined and numeric entities, CDATA);
 * null when the SVG has none.
 */
export function readSvgMetadata(svg: string): string | null {
  const m = svg.match(new RegExp(`<metadata\\b[^>]*\\bid=["']${SNAPSHOT_METADATA_ID}["'][^>]*>([\\s\\S]*?)</metadata>`));
  if (!m) return null;
  return m[1]!
    .replace(
      /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi,
      (whole, cdata: string | undefined, entity: string | undefined) => {
        if (cdata !== undefined) return cdata;
        if (!entity) return whole;
        if (entity[0] === '#') {
          const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
          return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[entity] ?? whole;
      },
    )
    .trim();
}

/** hsl (degrees, %, %) as #rrggbb: renderers older than CSS Color 4 read no space-separated hsl(). */
export function hslHex(h: number, s: number, l: number): string {
  const sat = s / 100;
  const light = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(light, 1 - light);
  const f = (n: number) => light - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return `#${[f(0), f(8), f(4)]
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
