/**
 * Long answers, kept in memory for a while so buttons can turn their pages. A set keeps what the
 * pages are rendered from (the command's view and the locale it was answered in), not the pages
 * and not the interaction: a page is rendered when a button asks for it. Only its owner turns the
 * pages of a message (anyone else gets a private copy of their own); after `ttlMs` they are gone
 * and the buttons are taken off the message.
 */
import type { Locale } from "../views/locales/index.ts";
import type { View } from "../views/view.ts";

export interface PageSet {
  readonly ownerId: string;
  /** The answer the pages are rendered from. */
  readonly view: View;
  /** The language the answer was given in (its pages keep it, whoever turns them). */
  readonly locale: Locale;
  /** Extra message fields every page keeps (the "suggested for" line). */
  readonly prefix?: string;
  /** Only the owner sees the message (so it offers no Delete). */
  readonly hidden: boolean;
  /** A private answer its owner may share in the channel. */
  readonly sharable?: boolean;
  readonly expiresAt: number;
}

export type NewPageSet = Omit<PageSet, "expiresAt">;

export interface PageStore {
  /** Keeps a page set under `key`; `onExpire` runs once when it lapses (to remove the buttons). */
  put(key: string, set: NewPageSet, onExpire: () => void): void;
  get(key: string): PageSet | undefined;
  /** Forgets the set under `key` without running its expiry (its message is gone). */
  delete(key: string): void;
  /** Forgets everything and cancels pending expiries (shutdown, tests). */
  clear(): void;
}

/**
 * Page sets kept at most: far above normal use, and a set holds only references to the engine's
 * results (about a kilobyte of its own), so one user within the rate limit cannot make the store
 * grow without bound.
 */
export const MAX_PAGE_SETS = 2_000;

/** An in-memory store; `now`, timers and the cap are injectable for tests. */
export function createPageStore(
  ttlMs: number,
  now: () => number = Date.now,
  maxSets: number = MAX_PAGE_SETS,
): PageStore {
  const sets = new Map<string, PageSet>();
  const timers = new Map<string, NodeJS.Timeout>();
  const expiries = new Map<string, () => void>();
  const forget = (key: string) => {
    sets.delete(key);
    clearTimeout(timers.get(key));
    timers.delete(key);
    expiries.delete(key);
  };
  /** Gives up the oldest sets beyond the cap, as if they had lapsed (their buttons come off). */
  const evictOldest = () => {
    for (const key of sets.keys()) {
      if (sets.size < maxSets) return;
      const onExpire = expiries.get(key);
      forget(key);
      onExpire?.();
    }
  };
  return {
    put(key, set, onExpire) {
      // A set put again (the same reply, given privately after all) keeps one timer.
      forget(key);
      evictOldest();
      sets.set(key, { ...set, expiresAt: now() + ttlMs });
      expiries.set(key, onExpire);
      const timer = setTimeout(() => {
        forget(key);
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
    delete: forget,
    clear() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      expiries.clear();
      sets.clear();
    },
  };
}
