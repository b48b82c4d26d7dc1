/**
 * Hot reload (I/O edge): watches the corpus folder and, once a burst of changes settles, reads
 * it file by file, builds the engine over the result and swaps it into the holder. A file that
 * fails keeps its last good version (one log line names it, its line and the fix); a removed file
 * is gone. The build runs on the answering thread: with the running engine's tables reused it
 * takes tens of milliseconds for a few articles (README "Adding articles live"), less than the
 * worker's own start (reading the tables takes about two seconds) and the copy of its result.
 */
import { addArticleText, type CorpusChange, removeArticleFile } from "../corpus/admin.ts";
import { type ArticleFile, scanCorpus } from "../corpus/files.ts";
import type { CorpusLimits } from "../corpus/load.ts";
import { watchCorpusFolder } from "../corpus/watch.ts";
import type { Logger } from "../logger.ts";
import { rebuildEngineCache } from "./cache.ts";
import { createEngine, type Engine } from "./engine.ts";
import { type EngineHolder, mergeScan } from "./live.ts";

/** Where the corpus is and how reloads are done. */
export interface LiveCorpusOptions {
  readonly dir: string;
  readonly limits: CorpusLimits;
  readonly holder: EngineHolder;
  readonly logger: Logger;
  /** The engine cache file to rewrite after each rebuild; none: no cache. */
  readonly cacheFile?: string | undefined;
  /** Quiet time after the last change before reloading. Default 300 ms. */
  readonly debounceMs?: number;
  /** False: no folder watch, reloads only when asked (`reload()`). Default true. */
  readonly watch?: boolean;
  /**
   * Hears each rebuild: "ok" with the articles now served, or "failed" when the build threw and
   * the previous articles stay (for metrics).
   */
  readonly onReload?: ReloadListener;
}

/** Hears a reload's outcome and how many articles are served after it. */
export type ReloadListener = (outcome: "ok" | "failed", articles: number) => void;

/** What one reload did. */
export interface ReloadOutcome {
  /** Whether a new engine was swapped in. */
  readonly swapped: boolean;
  readonly articles: number;
  /** The problems of this reload, one sentence each. */
  readonly problems: readonly string[];
}

/** Moderators' changes to the corpus: written to its folder, served at once. */
export interface CorpusControl {
  /** Validates and writes an article (corpus Markdown or a raw export, UTF-8) named `source` in messages. */
  add(bytes: Uint8Array, source: string): CorpusChange;
  /** Deletes the served article `id`. */
  remove(id: string): CorpusChange;
}

/** A corpus folder kept live. */
export interface LiveCorpus extends CorpusControl {
  /** The article files served, in name order. */
  files(): readonly ArticleFile[];
  /** Reads the folder now and swaps in what changed. */
  reload(): ReloadOutcome;
  close(): void;
}

const DEFAULT_DEBOUNCE_MS = 300;

/** What a live corpus remembers between reloads. */
interface ReloadState {
  /** The files served now. */
  served: readonly ArticleFile[];
  /** The problems logged, by file: a bad file is logged when its problem is new, not at every reload. */
  reported: ReadonlyMap<string, string>;
}

/** Starts serving `dir` live: the holder's engine is replaced whenever the folder's articles change. */
export function startLiveCorpus(options: LiveCorpusOptions): LiveCorpus {
  const { dir, limits, holder, logger } = options;
  const state: ReloadState = { served: mergeScan([], scanCorpus(dir, limits)).files, reported: new Map() };
  const reload = () => reloadOnce(options, state);
  if (!serves(holder.current(), state.served)) reload();
  const watch =
    options.watch === false
      ? undefined
      : watchCorpusFolder(dir, reload, {
          debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
          onError: (err) =>
            logger.warn({ err, dir }, `${dir}: cannot watch the corpus folder; new articles need a restart.`),
        });
  // The folder watch would pick a change up too; reloading at once lets the moderator's next
  // command see it.
  const changed = (change: CorpusChange) => {
    if (change.ok && change.action !== "unchanged") reload();
    return change;
  };
  return {
    files: () => state.served,
    reload,
    add: (bytes, source) => changed(addArticleText(dir, bytes, source, state.served, limits)),
    remove: (id) => changed(removeArticleFile(dir, id, state.served)),
    close: () => watch?.close(),
  };
}

/** Reads the folder, logs what is new among its problems, and swaps in an engine if the articles changed. */
function reloadOnce(options: LiveCorpusOptions, state: ReloadState): ReloadOutcome {
  const { dir, holder, logger } = options;
  const started = performance.now();
  const merge = mergeScan(state.served, scanCorpus(dir, options.limits));
  state.reported = reportProblems(logger, merge.problems, state.reported, state.served);
  const problems = merge.problems.map((p) => p.message);
  const kept = { swapped: false, articles: holder.current().articles.length, problems };
  if (merge.files.length === 0) {
    logger.warn(
      { dir },
      `${dir}: no article left in the corpus folder; the last ones stay served until one is added.`,
    );
    return kept;
  }
  if (serves(holder.current(), merge.files)) {
    state.served = merge.files;
    return kept;
  }
  try {
    holder.swap(build(merge.files, holder.current(), options));
  } catch (error) {
    logger.error({ err: error }, "corpus reload failed; the previous articles stay served");
    options.onReload?.("failed", holder.current().articles.length);
    return kept;
  }
  logChanges(logger, state.served, merge.files, Math.round(performance.now() - started));
  state.served = merge.files;
  options.onReload?.("ok", merge.files.length);
  return { swapped: true, articles: merge.files.length, problems };
}

/** The engine over `files`, made with the tables of the one served (reading them again takes seconds). */
function build(files: readonly ArticleFile[], current: Engine, options: LiveCorpusOptions): Engine {
  const articles = files.map((f) => f.article);
  if (!options.cacheFile) return createEngine(articles, current.tables);
  const built = rebuildEngineCache(articles, options.cacheFile, () => current.tables);
  if (built.writeProblem)
    options.logger.warn(
      { cache: options.cacheFile },
      `engine cache ${options.cacheFile}: could not save it (${built.writeProblem}).`,
    );
  return built.engine;
}

/** Whether `engine` is over exactly the articles of `files`. */
function serves(engine: Engine, files: readonly ArticleFile[]): boolean {
  const served = engine.articles;
  return (
    served.length === files.length &&
    files.every((f, i) => JSON.stringify(f.article) === JSON.stringify(served[i]))
  );
}

function reportProblems(
  logger: Logger,
  problems: readonly { name: string; message: string }[],
  reported: ReadonlyMap<string, string>,
  served: readonly ArticleFile[],
): Map<string, string> {
  const next = new Map<string, string>();
  for (const { name, message } of problems) {
    next.set(name, message);
    if (reported.get(name) === message) continue;
    // A problem of the folder itself (unreadable, empty) is about no one file: no version to keep.
    if (name === "") {
      logger.warn({ file: name }, message);
      continue;
    }
    const kept = served.some((f) => f.name === name);
    logger.warn(
      { file: name, kept },
      `${message} ${kept ? "Its last good version stays served." : "It is not served until fixed."}`,
    );
  }
  return next;
}

function logChanges(
  logger: Logger,
  before: readonly ArticleFile[],
  after: readonly ArticleFile[],
  ms: number,
): void {
  const ids = (files: readonly ArticleFile[]) => new Set(files.map((f) => f.article.id));
  const was = ids(before);
  const is = ids(after);
  logger.info(
    {
      articles: after.length,
      added: [...is].filter((id) => !was.has(id)),
      removed: [...was].filter((id) => !is.has(id)),
      ms,
    },
    "corpus reloaded",
  );
}
