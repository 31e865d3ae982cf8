/** One colour per criterion, in criterion order (Okabe–Ito, then extras): distinguishable for colour-blind viewers. */
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#8C6D1F',
  '#6A3D9A',
  '#999999',
  '#1B9E77',
  '#F0E442',
  '#E7298A',
];

export function criterionColor(index: number): string {
  return PALETTE[index % PALETTE.length] as string;
}
