/** Loads a corpus folder and builds the engines over it: the one start-up step every adapter shares. */
import { basename, join, resolve } from "node:path";
import type { Article } from "../corpus/article.ts";
import { loadCorpus } from "../corpus/load.ts";
import { openCachedEngine } from "./cache.ts";
import { createEngine, type Engine } from "./engine.ts";
import { sha256 } from "./snapshot-file.ts";
import { loadEngineTables } from "./tables.ts";

/** How `openEngine` uses the engine cache. */
export interface OpenOptions {
  /** Folder of the engine cache; without one the engine is always built. */
  readonly cacheDir?: string | undefined;
  /** Receives the one line saying why the cache was not used. */
  readonly note?: (line: string) => void;
}

/** Reads `dir` and indexes it; throws ArticleBotError naming the file and line when the corpus is bad. */
export function openEngine(dir: string, options: OpenOptions = {}): Engine {
  return engineFor(loadCorpus(dir), dir, options);
}

/** The engine over articles loaded from `dir`: restored from the cache when it fits, else built (and cached). */
export function engineFor(articles: readonly Article[], dir: string, options: OpenOptions = {}): Engine {
  if (!options.cacheDir) return createEngine(articles, loadEngineTables());
  return openCachedEngine(articles, {
    file: engineCacheFile(options.cacheDir, dir),
    ...(options.note ? { note: options.note } : {}),
  });
}

/** The cache file of a corpus folder: one per folder, so a rebuilt cache replaces the stale one. */
export function engineCacheFile(cacheDir: string, corpusDir: string): string {
  const folder = resolve(corpusDir);
  return join(cacheDir, `engine-${basename(folder)}-${sha256(folder).slice(0, 8)}.json`);
}
