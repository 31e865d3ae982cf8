/** A score in [0, 1] as shown: out of 100, one decimal. */
export function formatScore(score: number): string {
  return (score * 100).toFixed(1);
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
