// Copies of one extension file compared inside the content scripts' world of one page: each round takes every copy,
// in an order that alternates between rounds, and each copy is compared with the first by the mean of per-round
// differences. The world's clock has 0.1 ms steps, so medians of rounds fall on its steps.
import { mean, meanInterval, ms } from "./stats.mjs";

/** Each copy's measurements after the warm-up rounds: { name: [what measure(name) gave, a round each] }. */
export async function alternatingRounds({ names, rounds, warmup, measure, log, logEvery = 25 }) {
  const measured = Object.fromEntries(names.map((name) => [name, []]));
  for (let index = 0; index < warmup + rounds; index += 1) {
    for (const name of index % 2 === 0 ? names : [...names].reverse()) {
      const value = await measure(name);
      if (index >= warmup) measured[name].push(value);
    }
    if ((index + 1) % logEvery === 0) log(`round ${index + 1}/${warmup + rounds}${index < warmup ? " (warm-up)" : ""}`);
  }
  return measured;
}

/** "mean (90% interval ms)" of values − firstValues, round by round. */
export function differenceFromFirst(values, firstValues) {
  const differences = values.map((value, index) => value - firstValues[index]);
  return `${ms(mean(differences), 3)} (${meanInterval(differences).map((value) => value.toFixed(3)).join("–")} ms)`;
}
