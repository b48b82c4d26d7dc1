/** Timing helpers for the benchmark: percentiles in microseconds, repeatable runs. */

/** The p-th percentile (0–100) of `values` (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

// A running bot answers thousands of questions: its heap and JIT have settled. Measured from cold,
// the first thousand queries pay for V8 growing its heap (scavenges and incremental marking of 2–8 ms);
// 30 rounds over the inputs get past that, so the figures describe the bot as it runs.
const WARM_UP_ROUNDS = 30;
const SETTLE_ROUNDS = 10;

export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly n: number;
}

/** Runs `fn` over `inputs` `rounds` times after warm-up rounds (steady state, as in a running bot); latencies in µs. */
export async function measure<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  rounds = 20,
): Promise<Latency> {
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const input of inputs) await fn(input);
  // Start from a collected heap, so one measurement does not pay for the garbage of the one
  // before. A full collection shrinks the heap, and V8 grows it back over the next rounds with
  // scavenges of 5–10 ms (measured: section p99 4.7 ms right after it, 0.5 ms ten rounds later),
  // so the heap settles again before the samples are taken.
  global.gc?.();
  for (let r = 0; r < SETTLE_ROUNDS; r++) for (const input of inputs) await fn(input);
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
