/**
 * The slides of Present mode, in order; the id is the URL segment (`/present/<id>`). A slide that
 * `fills` grows its text to fill the screen when it has room to spare (use-slide-fit.ts). Forces
 * does not (its chart already takes all the room there is), nor Priorities: larger names there would
 * only take width from its bars, which are what the room watches.
 */
export const SLIDES = [
  { id: 'priorities', title: 'Priorities', fills: false },
  { id: 'ranking', title: 'Ranking', fills: true },
  { id: 'robustness', title: 'Robustness', fills: true },
  { id: 'forces', title: 'Forces', fills: false },
  { id: 'migration', title: 'Migration', fills: true },
  { id: 'outcome', title: 'Outcome', fills: true },
] as const;

export type SlideId = (typeof SLIDES)[number]['id'];

export function slideIndex(id: string | undefined): number {
  return SLIDES.findIndex((s) => s.id === id);
}
