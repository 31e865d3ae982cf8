/**
 * How much larger a slide's text can be and still fit: the largest scale in [min, max] for which
 * `fits` holds, found by halving the interval `steps` times (each try costs the caller a layout).
 * Assumes that what fits at a scale fits at every smaller one. `min` when not even it fits (the
 * slide keeps its base size), `max` when that fits. The answer is rounded down to a hundredth, so a
 * scale tried and kept is one that was measured to fit.
 */
export function largestFitting(fits: (scale: number) => boolean, min: number, max: number, steps = 7): number {
  if (!(max > min) || !fits(min)) return min;
  if (fits(max)) return max;
  let lo = min;
  let hi = max;
  for (let i = 0; i < steps; i++) {
    const mid = Math.floor(((lo + hi) / 2) * 100) / 100;
    if (mid <= lo) break;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
