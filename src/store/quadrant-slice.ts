import type { StateCreator } from 'zustand';
import { SOURCE_AXES, type Axes, type Position } from '../domain/quadrant/positions';
import type { AppState } from './store';

export interface QuadrantSlice {
  /** Where the team placed options on the forces chart (only the moved ones). */
  positions: Record<string, Position>;
  axes: Axes;
  /** The option whose details are open (session only). */
  selectedOption: string | null;
  placeOption: (id: string, position: Position) => void;
  resetPosition: (id: string) => void;
  resetPositions: () => void;
  setAxis: (dim: keyof Axes, axis: string) => void;
  selectOption: (id: string | null) => void;
}

export const createQuadrantSlice: StateCreator<AppState, [], [], QuadrantSlice> = (set) => ({
  positions: {},
  axes: SOURCE_AXES,
  selectedOption: null,
  placeOption: (id, position) => set((s) => ({ positions: { ...s.positions, [id]: position } })),
  resetPosition: (id) =>
    set((s) => {
      const positions = { ...s.positions };
      delete positions[id];
      return { positions };
    }),
  resetPositions: () => set({ positions: {} }),
  setAxis: (dim, axis) => set((s) => ({ axes: { ...s.axes, [dim]: axis } })),
  selectOption: (id) => set({ selectedOption: id }),
});
