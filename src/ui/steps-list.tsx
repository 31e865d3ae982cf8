import { RichText } from './rich-text';

/**
 * The steps of one migration, numbered, or a line saying there are none. `empty` says why there are
 * none where it is shown ("The source gives no steps…", "No steps written… yet").
 */
export function StepsList({ steps, empty }: { steps: readonly string[]; empty: string }) {
  if (steps.length === 0) return <p className="muted small">{empty}</p>;
  return (
    <ol>
      {steps.map((step, i) => (
        <li key={i}>
          <RichText text={step} />
        </li>
      ))}
    </ol>
  );
}
