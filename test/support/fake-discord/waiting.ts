/** Default time a `waitFor…` helper waits before failing the test with a description of what was missing. */
export const DEFAULT_WAIT_MS = 3_000;

interface PendingWait {
  recheck(): void;
  cancel(error: Error): void;
}

/**
 * Lets tests wait for a condition on the fake's recorded state. Every mutation calls `notify()`, and each
 * pending wait re-evaluates its condition then, so waits never poll and never miss an event that happened
 * before they started (the condition looks at recorded history, not at a stream).
 */
export class ChangeSignal {
  readonly #pending = new Set<PendingWait>();

  /** Tells every pending wait to re-check its condition. */
  notify(): void {
    for (const wait of [...this.#pending]) wait.recheck();
  }

  /** Resolves with the first non-undefined value `check` returns (now or after a later change); rejects on timeout. */
  waitFor<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const immediate = check();
    if (immediate !== undefined) return Promise.resolve(immediate);
    return new Promise<T>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.#pending.delete(wait);
      };
      const wait: PendingWait = {
        recheck: () => {
          let value: T | undefined;
          try {
            value = check();
          } catch (error) {
            finish();
            reject(error);
            return;
          }
          if (value !== undefined) {
            finish();
            resolve(value);
          }
        },
        cancel: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      this.#pending.add(wait);
    });
  }

  /** Rejects every pending wait, so a test that closes the fake early fails fast instead of timing out. */
  cancelAll(reason: string): void {
    for (const wait of [...this.#pending]) wait.cancel(new Error(reason));
  }
}
