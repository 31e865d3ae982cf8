import type { Pattern } from '../../domain/model/dataset';
import { LANGUAGES, languageName } from '../../ui/format';

const LEVEL = { excellent: 'Excellent', good: 'Good', limited: 'Limited' } as const;

/** PHP and Go fit of a pattern, saying whether the rating is the source's or ours. */
export function FitBadges({ pattern }: { pattern: Pattern }) {
  return (
    <span className="fit-badges">
      {LANGUAGES.map((lang) => {
        const fit = pattern.languageFit[lang];
        const name = languageName(lang);
        const origin = fit.origin === 'source' ? 'rating from the source' : 'our judgement';
        return (
          <span
            key={lang}
            className={`fit fit-${fit.level}${fit.origin === 'ours' ? ' fit-ours' : ''}`}
            title={`${name} fit: ${LEVEL[fit.level]} (${origin}). ${fit.basis}`}
          >
            {name} <span className="visually-hidden">fit</span> {LEVEL[fit.level]}
            {fit.origin === 'ours' && (
              <>
                <span aria-hidden="true">*</span>
                <span className="visually-hidden"> (our judgement)</span>
              </>
            )}
          </span>
        );
      })}
    </span>
  );
}
