/**
 * Pages of long answers, kept in memory for a while so buttons can turn them. Only the user who
 * asked may turn them; after `ttlMs` they are gone and the buttons are taken off the message.
 */
import type { Page } from "./render.ts";

export interface PageSet {
  readonly ownerId: string;
  readonly pages: readonly Page[];
  readonly expiresAt: number;
}

export interface PageStore {
  /** Keeps `pages` under `key`; `onExpire` runs once when they lapse (to remove the buttons). */
  put(key: string, ownerId: string, pages: readonly Page[], onExpire: () => void): void;
  get(key: string): PageSet | undefined;
  /** Forgets everything and cancels pending expiries (shutdown, tests). */
  clear(): void;
}

/** An in-memory store; `now` and timers are injectable for tests. */
export function createPageStore(ttlMs: number, now: () => number = Date.now): PageStore {
  const sets = new Map<string, PageSet>();
  const timers = new Map<string, NodeJS.Timeout>();
  return {
    put(key, ownerId, pages, onExpire) {
      sets.set(key, { ownerId, pages, expiresAt: now() + ttlMs });
      const timer = setTimeout(() => {
        sets.delete(key);
        timers.delete(key);
        onExpire();
      }, ttlMs);
      timer.unref();
      timers.set(key, timer);
    },
    get(key) {
      const set = sets.get(key);
      if (set && set.expiresAt <= now()) {
        sets.delete(key);
        return undefined;
      }
      return set;
    },
    clear() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      sets.clear();
    },
  };
}
