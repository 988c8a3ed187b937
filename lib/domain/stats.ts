/*
 * Small summary statistics for the public record. Plain functions, no framework: the
 * targets page reports medians, never averages a single slow reply can drag about.
 */

/** The median of some numbers: the middle one, or the mean of the two middle ones; null when there are none. */
export function median(values: readonly number[]): number | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
