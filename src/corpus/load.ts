/**
 * Reads every article of a corpus folder (I/O edge); parsing and validation live in markdown.ts.
 * `loadCorpusReport` is lenient (good articles and one problem per bad file), `loadCorpus` strict.
 */
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ArticleBotError } from "../errors.ts";
import type { Article } from "./article.ts";
import { CorpusFileError, MAX_FRONT_MATTER_BYTES, parseArticle } from "./markdown.ts";
import { readRegularFile } from "./regular-file.ts";

/** How much of a corpus file is read: bounds on start-up time and memory whatever is in the folder. */
export interface CorpusLimits {
  /**
   * The largest corpus file, in bytes. Default 256 KB: a long news article is 10–50 KB, and
   * loading and indexing grow with the text (a 5 MB file took 20 s and 825 MB to start).
   * Set with CORPUS_MAX_FILE_KB.
   */
  readonly maxFileBytes: number;
  /**
   * The largest front matter, in bytes. Default 16 KB: it holds a few short fields (a 700 KB one
   * took 714 MB to parse). Set with CORPUS_MAX_FRONT_MATTER_KB.
   */
  readonly maxFrontMatterBytes: number;
}

export const DEFAULT_CORPUS_LIMITS: CorpusLimits = {
  maxFileBytes: 256 * 1024,
  maxFrontMatterBytes: MAX_FRONT_MATTER_BYTES,
};

/** Whether a file name is an article file: `*.md`, not hidden (editors' swap and backup files are not). */
export function isArticleFileName(name: string): boolean {
  return name.endsWith(".md") && !name.startsWith(".");
}

/** The problem of a file whose article id another file already has. */
export function duplicateIdProblem(file: string, id: string, twin: string): string {
  return `${file}: the id "${id}" is already used by ${twin}; give each article its own id.`;
}

/** One thing wrong with a corpus: a bad file, or the folder itself (no `name` then). */
export interface CorpusProblem {
  /** The file's name inside the folder (`x.md`); absent when the folder is the problem (unreadable, empty). */
  readonly name?: string;
  /** The file (or folder) as the message names it, relative to the working directory. */
  readonly file: string;
  /** The 1-based line the problem is on, when there is one. */
  readonly line?: number;
  /** The whole sentence for an operator: `corpus/x.md:4: field "date" … e.g. 2025-08-15.` */
  readonly message: string;
}

/** What a corpus folder holds: the good articles, and one problem per file that is not one. */
export interface CorpusReport {
  /** The articles that loaded, in file-name order. */
  readonly articles: readonly Article[];
  /** Each good article by its file's name inside the folder (`x.md`). */
  readonly byFile: ReadonlyMap<string, Article>;
  /** Every problem, in file-name order; a folder-level problem (no `name`) comes alone. */
  readonly problems: readonly CorpusProblem[];
}

/**
 * Loads what it can of `dir`: every `*.md` that is a valid article, and one problem for every one
 * that is not (a second article with an id already used is a problem of the later file). Never
 * throws for what is in the folder, so a caller can keep the last good version of a bad file.
 * Limits not given keep their defaults (DEFAULT_CORPUS_LIMITS).
 */
export function loadCorpusReport(dir: string, limitsSet: Partial<CorpusLimits> = {}): CorpusReport {
  const limits: CorpusLimits = { ...DEFAULT_CORPUS_LIMITS, ...limitsSet };
  const folder = shownPath(dir);
  let names: string[];
  try {
    names = readdirSync(dir).filter(isArticleFileName);
  } catch {
    const message = `${folder}: the corpus folder cannot be read; create it or point --corpus/CORPUS_DIR at one.`;
    return { articles: [], byFile: new Map(), problems: [{ file: folder, message }] };
  }
  names.sort();
  if (names.length === 0) {
    const message = `${folder}: no article (*.md) in the corpus folder; import one with \`npm run cli -- import <raw.txt> --out ${folder}\`.`;
    return { articles: [], byFile: new Map(), problems: [{ file: folder, message }] };
  }
  const byFile = new Map<string, Article>();
  const problems: CorpusProblem[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = shownPath(join(dir, name));
    const loaded = loadFile(join(dir, name), file, limits);
    if (!("id" in loaded)) {
      problems.push({ name, ...loaded });
      continue;
    }
    const twin = seen.get(loaded.id);
    if (twin) {
      const message = duplicateIdProblem(file, loaded.id, twin);
      problems.push({ name, file, message });
      continue;
    }
    seen.set(loaded.id, file);
    byFile.set(name, loaded);
  }
  return { articles: [...byFile.values()], byFile, problems };
}

/**
 * Loads `*.md` articles from `dir` in file-name order; all problems are reported together, as one
 * ArticleBotError (CORPUS_FILE for bad files, CORPUS_EMPTY when the folder is unreadable or empty).
 */
export function loadCorpus(dir: string, limits: Partial<CorpusLimits> = {}): Article[] {
  const report = loadCorpusReport(dir, limits);
  const [first] = report.problems;
  if (!first) return [...report.articles];
  throw new ArticleBotError(
    first.name === undefined ? "CORPUS_EMPTY" : "CORPUS_FILE",
    report.problems.map((p) => p.message).join("\n"),
  );
}

/** One file as an article, or its problem. */
function loadFile(path: string, file: string, limits: CorpusLimits): Article | Omit<CorpusProblem, "name"> {
  try {
    return parseArticle(readArticleText(path, file, limits), file, limits);
  } catch (error) {
    if (error instanceof CorpusFileError)
      return { file, ...(error.line === undefined ? {} : { line: error.line }), message: error.message };
    if (error instanceof ArticleBotError) return { file, message: error.message };
    throw error;
  }
}

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
function shownPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside === "" ? path : inside.startsWith("..") ? resolve(path) : inside;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** A corpus file's text, or a CorpusFileError saying what it is instead and what to do. */
function readArticleText(path: string, file: string, limits: CorpusLimits): string {
  const read = readRegularFile(path, limits.maxFileBytes);
  if (!read.ok) {
    const fix = read.problem.includes("over the limit")
      ? "split the article, or raise CORPUS_MAX_FILE_KB"
      : "replace it with an article file, or remove it from the corpus folder";
    throw new CorpusFileError(file, undefined, `${read.problem}; ${fix}.`);
  }
  try {
    return UTF8.decode(read.bytes);
  } catch {
    // Where the first byte that is not UTF-8 is: the line of the first replacement character.
    const lenient = read.bytes.toString("utf8");
    const line = lenient.slice(0, lenient.indexOf("\uFFFD")).split("\n").length;
    throw new CorpusFileError(
      file,
      line,
      `this is not UTF-8 text (perhaps ${legacyEncodingOf(read.bytes)}); save the file as UTF-8 (most editors offer it under "Save as" or "Encoding").`,
    );
  }
}

/** A guess at what a file that is not UTF-8 was saved as, for the message. */
function legacyEncodingOf(bytes: Buffer): string {
  // UTF-16 text has a byte order mark or a NUL beside every ASCII letter.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "UTF-16";
  return "Latin-1 or Windows-1252, as older editors save umlauts";
}
