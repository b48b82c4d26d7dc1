/**
 * A cap on what the page store keeps, as pure functions for the store to adopt: at most
 * `maxCount` page sets and `maxBytes` of them, the oldest given up first (their buttons then
 * expire early, with the same "expired" answer as after the time limit). Without a cap one user
 * within the rate limit could keep hundreds of megabytes alive for 10 minutes.
 */

export interface PageBudget {
  /** Page sets kept at most. */
  readonly maxCount: number;
  /** Bytes kept at most (as `approximateBytes` counts them). */
  readonly maxBytes: number;
}

/** 1,000 answers, 64 MB: far above normal use (an answer is 5–50 KB), far below the probe's 540 MB. */
export const DEFAULT_PAGE_BUDGET: PageBudget = { maxCount: 1_000, maxBytes: 64 * 1024 * 1024 };

/** What a value holds in memory, roughly: its JSON at two bytes a character (strings are UTF-16). */
export function approximateBytes(value: unknown): number {
  return 2 * (JSON.stringify(value)?.length ?? 0);
}

/**
 * The keys to give up, oldest first, so that the kept sets and one more of `incomingBytes` fit the
 * budget. `kept` is in insertion order (a Map's order), oldest first, with each set's bytes.
 */
export function keysToEvict(
  kept: Iterable<readonly [string, number]>,
  incomingBytes: number,
  budget: PageBudget = DEFAULT_PAGE_BUDGET,
): string[] {
  const entries = [...kept];
  let count = entries.length + 1;
  let bytes = entries.reduce((n, [, b]) => n + b, incomingBytes);
  const evict: string[] = [];
  for (const [key, size] of entries) {
    if (count <= budget.maxCount && bytes <= budget.maxBytes) break;
    evict.push(key);
    count--;
    bytes -= size;
  }
  return evict;
}
