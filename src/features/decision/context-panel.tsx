import { useAppStore, useDataset } from '../../store/store';
import { LANGUAGES, languageName } from '../../ui/format';
import { own } from '../../domain/own';

/** The team's own facts: size, languages and the answers to the source's decision checklist. */
export function ContextPanel() {
  const dataset = useDataset();
  const context = useAppStore((s) => s.context);
  const setTeamSize = useAppStore((s) => s.setTeamSize);
  const setLanguages = useAppStore((s) => s.setLanguages);
  const answer = useAppStore((s) => s.answer);
  const questions = dataset.scoring?.questions ?? [];
  const checklist = new Map(dataset.decisionFramework.checklist.map((c) => [c.number, c]));

  return (
    <section className="panel" aria-labelledby="context-title">
      <h2 id="context-title">Your team</h2>
      <div className="context-facts">
        <label className="field">
          <span>Team size (engineers)</span>
          <input
            type="number"
            min={1}
            max={100000}
            inputMode="numeric"
            value={context.teamSize}
            onChange={(e) => {
              const n = e.currentTarget.valueAsNumber;
              if (Number.isFinite(n) && n >= 1) setTeamSize(n);
            }}
          />
        </label>
        <fieldset className="field languages">
          <legend>Languages</legend>
          {LANGUAGES.map((lang) => (
            <label key={lang} className="check">
              <input
                type="checkbox"
                checked={context.languages.includes(lang)}
                onChange={(e) =>
                  setLanguages(e.currentTarget.checked ? [...context.languages, lang] : context.languages.filter((x) => x !== lang))
                }
              />
              {languageName(lang)}
            </label>
          ))}
        </fieldset>
      </div>
      {context.languages.length === 0 && <p className="slider-note">No language chosen: PHP Fit and Go Fit have no effect.</p>}
      <h3 className="subheading">Decision checklist</h3>
      <ol className="questions">
        {questions.map((q) => {
          const item = checklist.get(q.checklistNumber);
          const current = own(context.answers, q.checklistNumber);
          const chosen = q.answers.find((a) => a.id === current);
          const name = `question-${q.checklistNumber}`;
          return (
            <li key={q.checklistNumber}>
              <fieldset>
                <legend>
                  <strong>{item?.title ?? `Question ${q.checklistNumber}`}:</strong> {q.prompt}
                </legend>
                {item && <p className="question-source">Source: “{item.question}”</p>}
                <div className="answers">
                  <label className="check">
                    <input type="radio" name={name} checked={!chosen} onChange={() => answer(q.checklistNumber, null)} />
                    Not answered
                  </label>
                  {q.answers.map((a) => (
                    <label key={a.id} className="check">
                      <input type="radio" name={name} checked={chosen?.id === a.id} onChange={() => answer(q.checklistNumber, a.id)} />
                      {a.label}
                    </label>
                  ))}
                </div>
                <p className="answer-effect" aria-live="polite">
                  {chosen ? chosen.explanation : 'No effect until answered.'}
                </p>
              </fieldset>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
