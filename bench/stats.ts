/** Timing helpers for the benchmark: percentiles in microseconds, repeatable runs. */

/** The p-th percentile (0–100) of `values` (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

const WARM_UP_ROUNDS = 10;

export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly n: number;
}

/** Runs `fn` over `inputs` `rounds` times after warm-up rounds (steady state, as in a running bot); latencies in µs. */
export async function measure<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  rounds = 5,
): Promise<Latency> {
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const input of inputs) await fn(input);
  // Start from a collected heap, so one engine does not pay for the garbage of the one before.
  global.gc?.();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      await fn(input);
      samples.push(Number(process.hrtime.bigint() - start) / 1_000);
    }
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), n: samples.length };
}

/** Milliseconds `fn` takes, best of `times` (the least disturbed run). */
export async function bestOf(times: number, fn: () => unknown): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A number rounded for a table. */
export function fmt(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "–";
}
