/** Statements of a diagram's body: lines split at `;` outside quotes and brackets, comments dropped. */

export interface Statement {
  text: string;
  line: number;
}

export function statements(body: { text: string; line: number }[]): Statement[] {
  const out: Statement[] = [];
  for (const { text, line } of body) {
    const t = text.trim();
    if (t === '' || t.startsWith('%%')) continue;
    let depth = 0;
    let quoted = false;
    let from = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (c === '"') quoted = !quoted;
      else if (!quoted && (c === '[' || c === '(' || c === '{')) depth++;
      else if (!quoted && (c === ']' || c === ')' || c === '}')) depth = Math.max(0, depth - 1);
      else if (!quoted && depth === 0 && c === ';') {
        const part = t.slice(from, i).trim();
        if (part) out.push({ text: part, line });
        from = i + 1;
      }
    }
    const rest = t.slice(from).trim();
    if (rest) out.push({ text: rest, line });
  }
  return out;
}
