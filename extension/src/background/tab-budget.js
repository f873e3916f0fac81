// How many observed messages each tab may have scored: a token bucket per tab. The content script already sends at
// most 1,000 at once and 50 a second; this allows twice that, so it only bites on a tab that reloads itself to
// start the content script's budget over, and it keeps one tab from taking the host from the others.
export const TAB_BURST = 2000;
export const TAB_PER_SECOND = 100;
const MAX_TABS = 200;

export function createTabBudget({ burst = TAB_BURST, perSecond = TAB_PER_SECOND, now = Date.now, maxTabs = MAX_TABS } = {}) {
  const buckets = new Map();

  // Grants up to `wanted` messages now and returns how many.
  function take(tab, wanted) {
    const time = now();
    const bucket = buckets.get(tab) ?? { tokens: burst, at: time };
    bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
    bucket.at = time;
    const granted = Math.max(0, Math.min(wanted, Math.floor(bucket.tokens)));
    bucket.tokens -= granted;
    // Most recently used last, so closed tabs are the first forgotten.
    buckets.delete(tab);
    buckets.set(tab, bucket);
    if (buckets.size > maxTabs) buckets.delete(buckets.keys().next().value);
    return granted;
  }

  return { take };
}
