import type { Language } from '../domain/scoring/decision';
import type { Slice } from './slice-context';
import { own } from '../domain/own';

export interface DecisionSlice {
  setWeight: (criterion: string, weight: number) => void;
  /** Replace all weights (a profile); an empty record goes back to the dataset defaults. */
  setWeights: (weights: Record<string, number>) => void;
  /** Back to the dataset's default weights, with an Undo toast. */
  resetWeights: () => void;
  setTeamSize: (size: number) => void;
  setLanguages: (languages: Language[]) => void;
  /** Answer a checklist question; null clears the answer. */
  answer: (checklistNumber: number, answerId: string | null) => void;
  /** Put the team's own rating in a cell; null goes back to the source's. */
  setOverride: (option: string, criterion: string, rating: string | null) => void;
  resetOverrides: () => void;
}

const clampWeight = (w: number) => Math.min(10, Math.max(0, Number.isFinite(w) ? w : 0));

export const createDecisionSlice: Slice<DecisionSlice> = (ctx) => (set, get) => ({
  setWeight: (criterion, weight) =>
    ctx.track(`weight:${criterion}`, () => set((s) => ({ weights: { ...s.weights, [criterion]: clampWeight(weight) } }))),
  setWeights: (weights) => set({ weights: Object.fromEntries(Object.entries(weights).map(([c, w]) => [c, clampWeight(w)])) }),
  resetWeights: () => {
    if (Object.keys(get().weights).length === 0) return;
    set({ weights: {}, toast: { message: 'Weights reset to the dataset’s defaults.', undo: true } });
  },
  setTeamSize: (size) =>
    ctx.track('teamSize', () =>
      set((s) => ({ context: { ...s.context, teamSize: Math.max(1, Math.min(100_000, Math.round(size) || 1)) } })),
    ),
  setLanguages: (languages) => set((s) => ({ context: { ...s.context, languages: [...new Set(languages)] } })),
  answer: (n, answerId) =>
    set((s) => {
      const answers = { ...s.context.answers };
      if (answerId === null) delete answers[n];
      else answers[n] = answerId;
      return { context: { ...s.context, answers } };
    }),
  setOverride: (option, criterion, rating) =>
    set((s) => {
      const row = { ...own(s.overrides, option) };
      if (rating === null) delete row[criterion];
      else row[criterion] = rating;
      const overrides = { ...s.overrides, [option]: row };
      if (Object.keys(row).length === 0) delete overrides[option];
      return { overrides };
    }),
  resetOverrides: () => {
    if (Object.keys(get().overrides).length === 0) return;
    set({ overrides: {}, toast: { message: 'Your ratings were reset to the source’s.', undo: true } });
  },
});
