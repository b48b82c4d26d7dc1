/**
 * Peak memory of `build-index` on a large corpus: the growth corpus at 1,000 articles written as
 * corpus files, and the CLI run on it as an operator would (`npm run cli -- build-index`), its own
 * process, its peak resident memory read from /proc while it runs.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/corpus/article.ts";
import { writeArticle } from "../src/corpus/write.ts";
import { peopleCorpus } from "./growth.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** How `npm run cli` runs the CLI (package.json): its node arguments. */
const CLI_ARGS: readonly string[] = (() => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    scripts: { cli: string };
  };
  return pkg.scripts.cli.split(/\s+/).slice(1);
})();

export interface BuildMemory {
  readonly articles: number;
  readonly passages: number;
  /** The corpus files' size. */
  readonly corpusMb: number;
  /** The process's peak resident memory (VmHWM), and the time it took. */
  readonly peakRssMb: number;
  readonly ms: number;
}

/**
 * Real news articles are shorter than the fixtures the growth corpus is made from: 1,000 real
 * German agency articles held 5,600 paragraphs and 2.6 MB of text (issue 16). An article cut to
 * about that much, whole paragraphs and sections from the start, its long paragraph (if any) kept.
 */
const REAL_ARTICLE_CHARS = 2_600;

/** `article` cut to about `chars` of paragraph text, at section and paragraph boundaries. */
export function realisticSize(article: Article, chars: number = REAL_ARTICLE_CHARS): Article {
  let left = chars;
  const sections = [];
  for (const section of article.sections) {
    if (left <= 0) break;
    const paragraphs = [];
    for (const p of section.paragraphs) {
      if (left <= 0 && paragraphs.length > 0) break;
      paragraphs.push(p);
      if (p.text.length < 10_000) left -= p.text.length;
    }
    sections.push({ ...section, paragraphs });
  }
  return { ...article, sections };
}

/** The peak so far of a running process, in MB (0 once it has gone). */
function peakMb(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return Number(kb ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Runs `build-index` on `count` growth articles made from `bases` and reports its peak RSS. */
export async function buildMemory(bases: readonly Article[], count: number): Promise<BuildMemory> {
  const dir = mkdtempSync(join(tmpdir(), "article-bot-build-"));
  try {
    const corpus = join(dir, "corpus");
    const articles = peopleCorpus(bases, count).map((a) => realisticSize(a));
    let bytes = 0;
    for (const article of articles) bytes += readFileSync(writeArticle(article, corpus)).length;
    const started = performance.now();
    const child = spawn(process.execPath, [...CLI_ARGS, "build-index", "--json", "--corpus", corpus], {
      cwd: ROOT,
      env: { ...process.env, ENGINE_CACHE_DIR: join(dir, "cache") },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += String(chunk);
    });
    let peak = 0;
    const poll = setInterval(() => {
      peak = Math.max(peak, peakMb(child.pid ?? 0));
    }, 20);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    clearInterval(poll);
    if (code !== 0) throw new Error(`build-index exited with ${code}`);
    const summary = JSON.parse(out) as { passages: number };
    return {
      articles: count,
      passages: summary.passages,
      corpusMb: bytes / 2 ** 20,
      peakRssMb: peak,
      ms: performance.now() - started,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
