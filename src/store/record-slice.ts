import type { StateCreator } from 'zustand';
import type { DecisionRecord } from '../domain/snapshot/snapshot';
import type { AppState } from './store';

export interface RecordSlice {
  /** The decision's own facts: title, status, date, participants, rationale. */
  record: DecisionRecord;
  updateRecord: (patch: Partial<DecisionRecord>) => void;
}

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const initialRecord = (): DecisionRecord => ({
  title: 'How should we structure our backend?',
  status: 'proposed',
  date: today(),
  participants: [],
  rationale: '',
});

export const createRecordSlice: StateCreator<AppState, [], [], RecordSlice> = (set) => ({
  record: initialRecord(),
  updateRecord: (patch) => set((s) => ({ record: { ...s.record, ...patch } })),
});
