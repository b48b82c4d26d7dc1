/** A bounded cache for word functions called over and over (folding, stemming, role look-ups). */

/**
 * `fn` with its results cached per word. Queries bring new words for as long as the bot runs, so
 * the cache is emptied when it reaches `limit` rather than growing without bound.
 */
export function memoizeWord<T>(fn: (word: string) => T, limit = 50_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    const cached = cache.get(word);
    if (cached !== undefined || cache.has(word)) return cached as T;
    const value = fn(word);
    if (cache.size >= limit) cache.clear();
    cache.set(word, value);
    return value;
  };
}
