import hljs from 'highlight.js/lib/core';
import go from 'highlight.js/lib/languages/go';
import php from 'highlight.js/lib/languages/php';
import { useMemo } from 'react';
import { languageName } from './format';

hljs.registerLanguage('php', php);
hljs.registerLanguage('go', go);

/**
 * A highlighted code example. highlight.js escapes the code it is given, so its HTML output is
 * safe to insert; the source text itself is never inserted as HTML.
 */
export function CodeBlock({ code, language, title }: { code: string; language: string; title: string }) {
  const html = useMemo(
    () => (hljs.getLanguage(language) ? hljs.highlight(code, { language }).value : hljs.highlightAuto(code).value),
    [code, language],
  );
  return (
    <figure className="code-block">
      <figcaption>
        <span>{title}</span>
        <span className="code-language">{languageName(language)}</span>
      </figcaption>
      <pre role="region" tabIndex={0} aria-label={`${title}, ${languageName(language)} code`}>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: highlight.js escapes the code; its output is its own span markup */}
        <code className={`hljs language-${language}`} dangerouslySetInnerHTML={{ __html: html }} />
      </pre>
    </figure>
  );
}
