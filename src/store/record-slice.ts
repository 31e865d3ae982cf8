import type { DecisionRecord } from '../domain/snapshot/snapshot';
import type { Slice } from './slice-context';

export interface RecordSlice {
  /** Change the decision's own facts (title, status, date, participants, rationale). */
  updateRecord: (patch: Partial<DecisionRecord>) => void;
}

export const createRecordSlice: Slice<RecordSlice> = (ctx) => (set) => ({
  // Typing in a field is one undo step per field and burst (the field's own undo works inside it).
  updateRecord: (patch) =>
    ctx.track(`record:${Object.keys(patch).sort().join(',')}`, () => set((s) => ({ record: { ...s.record, ...patch } }))),
});
