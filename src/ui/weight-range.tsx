import type { CSSProperties } from 'react';
import { WEIGHT_MAX, WEIGHT_MIN } from '../domain/group/core';

interface WeightRangeProps {
  /** For the `<label htmlFor>` that names it. */
  id: string;
  value: number;
  /** What a screen reader says of the value (`aria-valuetext`). */
  valueText: string;
  onValue: (value: number) => void;
  describedBy?: string;
  title?: string;
  style?: CSSProperties;
}

/**
 * A criterion's weight as a slider: whole steps over the range every weight is kept in (WEIGHT_MIN to
 * WEIGHT_MAX), on the workbench, on the Priorities slide and on a participant's phone alike.
 */
export function WeightRange({ id, value, valueText, onValue, describedBy, title, style }: WeightRangeProps) {
  return (
    <input
      id={id}
      type="range"
      min={WEIGHT_MIN}
      max={WEIGHT_MAX}
      step={1}
      value={value}
      style={style}
      title={title}
      aria-valuetext={valueText}
      aria-describedby={describedBy}
      onChange={(e) => onValue(Number(e.currentTarget.value))}
    />
  );
}
