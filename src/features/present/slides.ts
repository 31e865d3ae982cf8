/** The slides of Present mode, in order; the id is the URL segment (`/present/<id>`). */
export const SLIDES = [
  { id: 'priorities', title: 'Priorities' },
  { id: 'ranking', title: 'Ranking' },
  { id: 'robustness', title: 'Robustness' },
  { id: 'forces', title: 'Forces' },
  { id: 'migration', title: 'Migration' },
  { id: 'outcome', title: 'Outcome' },
] as const;

export type SlideId = (typeof SLIDES)[number]['id'];

export function slideIndex(id: string | undefined): number {
  return SLIDES.findIndex((s) => s.id === id);
}
