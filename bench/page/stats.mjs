import { Random } from "../lib/random.mjs";

// Nearest-rank percentiles: with few samples they stay real observations, not interpolations.
export function percentile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values) => percentile(values, 0.5);

export const ms = (value, digits = 1) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : "n/a");

export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * How far a statistic of few noisy rounds can be trusted: the middle `level` of its values over 2,000 resamples of
 * the rounds (a percentile bootstrap, seeded so a report is reproducible from its rounds).
 */
function bootstrapInterval(values, statistic, level, resamples) {
  if (values.length === 0) return [NaN, NaN];
  const random = new Random(0x5afeb);
  const estimates = Array.from({ length: resamples }, () => statistic(Array.from(values, () => values[random.below(values.length)])));
  return [percentile(estimates, (1 - level) / 2), percentile(estimates, (1 + level) / 2)];
}

export const medianInterval = (values, level = 0.9, resamples = 2000) => bootstrapInterval(values, median, level, resamples);

// For times read off a coarse clock, where medians fall on its steps and a mean does not.
export const meanInterval = (values, level = 0.9, resamples = 2000) => bootstrapInterval(values, mean, level, resamples);
