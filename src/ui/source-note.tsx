import type { SourceRef } from '../domain/model/dataset';

/** Where an item comes from in the source document, or that it is our own. */
export function SourceNote({ source }: { source: SourceRef | null }) {
  if (!source) {
    return <span className="source-note ours">Our addition — no section in the source</span>;
  }
  return (
    <span className="source-note" title="Section of the source document">
      Source: {source.section}
    </span>
  );
}

export function OursBadge({ title }: { title?: string }) {
  return (
    <span className="badge badge-ours" title={title ?? 'Our own judgement, not the source’s'}>
      ours
    </span>
  );
}
