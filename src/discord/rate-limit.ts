/** A per-user token bucket: bursts are fine, floods get a polite "slow down". */

export interface RateLimiter {
  /** 0 when `userId` may go ahead (and uses a token), else the seconds to wait. */
  take(userId: string): number;
}

/** `capacity` requests at once, refilled at one per `refillMs`. */
export function createRateLimiter(
  capacity: number,
  refillMs: number,
  now: () => number = Date.now,
): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(userId) {
      const t = now();
      const bucket = buckets.get(userId) ?? { tokens: capacity, at: t };
      const tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) / refillMs);
      if (tokens < 1) {
        buckets.set(userId, { tokens, at: t });
        return Math.ceil(((1 - tokens) * refillMs) / 1000);
      }
      buckets.set(userId, { tokens: tokens - 1, at: t });
      // Forget idle users now and then, so the map cannot grow without bound.
      if (buckets.size > 10_000)
        for (const [id, b] of buckets) if (t - b.at > capacity * refillMs) buckets.delete(id);
      return 0;
    },
  };
}
