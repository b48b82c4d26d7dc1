/**
 * The engine cache (I/O edge): a built engine's costly state (passage index, extracted quotes and
 * their index) saved to a file, so the next start restores it instead of building. The file is
 * keyed by a hash of everything the engine is computed from: the articles, the source and data
 * files of the layers that build it (analysis, quotes, index, engine, corpus) and minisearch's
 * version. So a cache of another corpus, of older code or of an older glossary is never used.
 * Whatever is wrong with the cache (missing, stale, corrupt, unreadable, unwritable), the engine is
 * built as without one, and one line says why.
 */
import { createHash, randomUUID } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../corpus/article.ts";
import { readRegularFile } from "../corpus/regular-file.ts";
import { createEngine, type Engine, snapshotEngineParts } from "./engine.ts";
import { CACHE_FORMAT, parseSnapshotFile, snapshotFileBytes } from "./snapshot-file.ts";
import { type EngineTables, loadEngineTables, restoreEngineTables } from "./tables.ts";

/** Where the engine cache lives, and who hears why it was not used. */
export interface EngineCacheOptions {
  /** The cache file. */
  readonly file: string;
  /** Receives the one line saying why the cache was not used (and whether it was rewritten). */
  readonly note?: (line: string) => void;
  /** Gives the tables to build with, when the cache cannot be used (default: read the data files). */
  readonly tables?: () => EngineTables;
}

/** How the engine was obtained, for callers that report it (the CLI's build-index). */
export interface CachedEngine {
  readonly engine: Engine;
  /** True when restored from the cache, false when built. */
  readonly restored: boolean;
  /** Why the cache was not used, when it was not. */
  readonly problem?: string;
  /** Why the cache could not be written, when it could not. */
  readonly writeProblem?: string;
}

/** The engine over `articles`, restored from the cache file when it fits, else built and saved there. */
export function openCachedEngine(articles: readonly Article[], options: EngineCacheOptions): Engine {
  const result = loadOrBuild(articles, options.file, false, options.tables);
  if (!result.restored) options.note?.(noteLine(options.file, result));
  return result.engine;
}

/** Builds the engine over `articles` and saves it to the cache file, whatever is there now. */
export function rebuildEngineCache(
  articles: readonly Article[],
  file: string,
  tables: () => EngineTables = loadEngineTables,
): CachedEngine {
  return loadOrBuild(articles, file, true, tables);
}

const NO_KEY = "there is no key to save it under";

function loadOrBuild(
  articles: readonly Article[],
  file: string,
  force: boolean,
  tables: () => EngineTables = loadEngineTables,
): CachedEngine {
  let key: string;
  try {
    key = engineKey(articles);
  } catch (error) {
    // Without our source files (an unusual install) no cache can be trusted: build, and say so.
    const problem = `its key cannot be computed (${(error as Error).message})`;
    return {
      engine: createEngine(articles, tables()),
      restored: false,
      problem,
      writeProblem: `${NO_KEY}: ${problem}`,
    };
  }
  let problem = "it was rebuilt on request";
  if (!force) {
    const read = readCache(file, key);
    if (read.ok) {
      try {
        const tables = restoreEngineTables(read.snapshot.analysis);
        return { engine: createEngine(articles, tables, read.snapshot), restored: true };
      } catch (error) {
        problem = `it does not fit the corpus (${(error as Error).message})`;
      }
    } else problem = read.problem;
  }
  const engine = createEngine(articles, tables());
  const writeProblem = writeCache(file, key, engine);
  return { engine, restored: false, problem, ...(writeProblem ? { writeProblem } : {}) };
}

function noteLine(file: string, result: CachedEngine): string {
  const saved = result.writeProblem?.startsWith(NO_KEY)
    ? `did not save it (${NO_KEY}; set ENGINE_CACHE_DIR=off to skip the cache)`
    : result.writeProblem
      ? `could not save it (${result.writeProblem}; set ENGINE_CACHE_DIR to a writable folder, or to off)`
      : "saved it for the next start";
  return `engine cache ${file}: ${result.problem}; built the engine and ${saved}.`;
}

/**
 * The largest cache file read. A 1,000-article corpus makes about 100 MB; anything larger is not a
 * cache of ours, and reading it whole first would cost twice its size in memory.
 */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** Reads the cache only if it is a regular file (or a link to one) within MAX_CACHE_BYTES. */
function readCache(file: string, key: string): ReturnType<typeof parseSnapshotFile> {
  const read = readRegularFile(file, MAX_CACHE_BYTES);
  if (!read.ok)
    return { ok: false, stale: false, problem: read.missing ? "there is none yet" : read.problem };
  return parseSnapshotFile(read.bytes.toString("utf8"), key);
}

/** Saves an engine built over `articles` to the cache file; returns the problem, if any. */
export function saveEngineCache(
  articles: readonly Article[],
  engine: Engine,
  file: string,
): string | undefined {
  return writeCache(file, engineKey(articles), engine);
}

/** Writes the cache atomically (a reader never sees half a file); returns the problem, if any. */
function writeCache(file: string, key: string, engine: Engine): string | undefined {
  // Unique per write: processes in containers sharing a volume may all be pid 1.
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeParts(temporary, snapshotFileBytes(key, snapshotEngineParts(engine)));
    renameSync(temporary, file);
    return undefined;
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written where nothing can be written.
    }
    return (error as Error).message;
  }
}

/** Writes `parts` one after the other into a new file at `path`. */
function writeParts(path: string, parts: readonly Buffer[]): void {
  const fd = openSync(path, "w");
  try {
    for (const part of parts) {
      for (let done = 0; done < part.length; ) done += writeSync(fd, part, done);
    }
  } finally {
    closeSync(fd);
  }
}

/** The hash a cache must carry to be used for `articles` with this code and these data files. */
export function engineKey(articles: readonly Article[], code: string = codeFingerprint()): string {
  return createHash("sha256")
    .update(`format ${CACHE_FORMAT}\n${code}\n`)
    .update(JSON.stringify(articles))
    .digest("hex");
}

const SRC = fileURLToPath(new URL("../", import.meta.url));

/**
 * A hash of every source and data file under `root` (our src/: the code, and the tables' data
 * files it reads) and of minisearch's version. Any change there may change what the engine holds,
 * so a cache made before it is not used. Hashing a few hundred kilobytes takes a few milliseconds.
 */
export function codeFingerprint(root: string = SRC): string {
  const hash = createHash("sha256");
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files)
    hash
      .update(`${relative(root, file)}\n`)
      .update(readFileSync(file))
      .update("\n");
  const minisearch = createRequire(import.meta.url).resolve("minisearch");
  const manifest = JSON.parse(readFileSync(join(dirname(minisearch), "../../package.json"), "utf8"));
  hash.update(`minisearch ${String(manifest.version)}`);
  return hash.digest("hex");
}
