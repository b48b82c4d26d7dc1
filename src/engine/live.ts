/**
 * The engine a running bot answers from, and the hot reload that replaces it. The holder keeps
 * one complete engine at a time; a reload builds the next one beside it and swaps it in with one
 * assignment, so no question ever meets a half-built index. Commands are synchronous, so an
 * interaction runs from start to answer on the engine it started with.
 */
import type { ArticleFile, CorpusScan } from "../corpus/files.ts";
import { duplicateIdProblem } from "../corpus/load.ts";
import type { Engine } from "./engine.ts";

/** Holds the engine being served; `swap` replaces it whole. */
export interface EngineHolder {
  current(): Engine;
  swap(next: Engine): void;
}

/** A holder serving `initial` until the first swap. */
export function createEngineHolder(initial: Engine): EngineHolder {
  let engine = initial;
  return {
    current: () => engine,
    swap(next) {
      engine = next;
    },
  };
}

/**
 * An Engine that answers each call from the holder's engine of the moment: what adapters get, so
 * every interaction reads the corpus served when it arrives.
 */
export function liveEngine(holder: EngineHolder): Engine {
  return {
    get articles() {
      return holder.current().articles;
    },
    get tables() {
      return holder.current().tables;
    },
    get index() {
      return holder.current().index;
    },
    get quotes() {
      return holder.current().quotes;
    },
    ask: (question, options) => holder.current().ask(question, options),
    section: (name, articleId) => holder.current().section(name, articleId),
    sections: (articleId) => holder.current().sections(articleId),
    sectionArticles: (name) => holder.current().sectionArticles(name),
    quote: (query, options) => holder.current().quote(query, options),
    speakerChoices: (partial) => holder.current().speakerChoices(partial),
  };
}

/** The outcome of comparing a fresh scan with the files served. */
export interface CorpusMerge {
  /** The files to serve: each good file as read now, each bad one as last served. */
  readonly files: readonly ArticleFile[];
  /** Files that failed now (kept at their last good version, or left out when they never loaded). */
  readonly problems: CorpusScan["problems"];
}

/**
 * The files to serve after `scan`: a file that fails keeps its last good version, a removed file
 * is gone, and an id already taken by an earlier file is a problem for the later one.
 */
export function mergeScan(served: readonly ArticleFile[], scan: CorpusScan): CorpusMerge {
  const last = new Map(served.map((f) => [f.name, f]));
  const failed = new Set(scan.problems.map((p) => p.name));
  const candidates = [...scan.files, ...[...failed].flatMap((name) => last.get(name) ?? [])].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const problems = [...scan.problems];
  const byId = new Map<string, string>();
  const files: ArticleFile[] = [];
  for (const file of candidates) {
    const twin = byId.get(file.article.id);
    if (twin) {
      problems.push({
        name: file.name,
        message: duplicateIdProblem(file.name, file.article.id, twin),
      });
      continue;
    }
    byId.set(file.article.id, file.name);
    files.push(file);
  }
  return { files, problems };
}
