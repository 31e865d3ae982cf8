import type { Axes, Position } from '../domain/quadrant/positions';
import type { Slice } from './slice-context';

export interface QuadrantSlice {
  /** The option whose details are open (session only). */
  selectedOption: string | null;
  placeOption: (id: string, position: Position) => void;
  resetPosition: (id: string) => void;
  resetPositions: () => void;
  setAxis: (dim: keyof Axes, axis: string) => void;
  selectOption: (id: string | null) => void;
}

export const createQuadrantSlice: Slice<QuadrantSlice> = (ctx) => (set, get) => ({
  selectedOption: null,
  // A drag or a held arrow key moves one point many times: one undo step.
  placeOption: (id, position) => ctx.track(`position:${id}`, () => set((s) => ({ positions: { ...s.positions, [id]: position } }))),
  resetPosition: (id) =>
    set((s) => {
      if (!Object.hasOwn(s.positions, id)) return s;
      const positions = { ...s.positions };
      delete positions[id];
      return { positions };
    }),
  resetPositions: () => {
    if (Object.keys(get().positions).length === 0) return;
    set({ positions: {}, toast: { message: 'Every point is back at the source’s position.', undo: true } });
  },
  setAxis: (dim, axis) => set((s) => (s.axes[dim] === axis ? s : { axes: { ...s.axes, [dim]: axis } })),
  selectOption: (id) => set({ selectedOption: id }),
});
