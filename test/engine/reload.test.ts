import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { formatArticle } from "../../src/corpus/markdown.ts";
import { openCachedEngine } from "../../src/engine/cache.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { createEngineHolder, type EngineHolder, liveEngine, mergeScan } from "../../src/engine/live.ts";
import { type LiveCorpus, startLiveCorpus } from "../../src/engine/reload.ts";
import { createLogger } from "../../src/logger.ts";
import { fixtureArticle, tempCorpus } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = fixtureArticle("seed");
const fiction = fixtureArticle("fiction");
const economy = fixtureArticle("economy");

interface Live {
  readonly dir: string;
  readonly holder: EngineHolder;
  readonly corpus: LiveCorpus;
  readonly logs: Record<string, unknown>[];
}

let running: LiveCorpus | undefined;
afterEach(() => running?.close());

function live(
  names: string[],
  options: {
    watch?: boolean;
    cacheFile?: string;
    onReload?: (outcome: "ok" | "failed", articles: number) => void;
  } = {},
): Live {
  const dir = tempCorpus(names);
  const articles = names.map(fixtureArticle);
  const holder = createEngineHolder(createEngine(articles, TABLES));
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const corpus = startLiveCorpus({
    dir,
    limits: { maxFileBytes: 256 * 1024, maxFrontMatterBytes: 16 * 1024 },
    holder,
    logger: createLogger("debug", sink),
    debounceMs: 20,
    watch: options.watch ?? false,
    ...(options.cacheFile ? { cacheFile: options.cacheFile } : {}),
    ...(options.onReload ? { onReload: options.onReload } : {}),
  });
  running = corpus;
  return { dir, holder, corpus, logs };
}

const ids = (holder: EngineHolder) => holder.current().articles.map((a) => a.id);

/** Polls until `check` holds (the folder watch is asynchronous); fails after a generous while. */
async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("the condition did not come true");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("the live corpus", () => {
  it("serves an article dropped into the folder, found by the folder watch", async () => {
    const { dir, holder } = live(["seed"], { watch: true });
    writeFileSync(join(dir, `${fiction.id}.md`), formatArticle(fiction));
    await eventually(() => ids(holder).includes(fiction.id));
    expect(ids(holder)).toEqual([seed.id, fiction.id].sort());
    expect(holder.current().section("1", fiction.id).match?.article.id).toBe(fiction.id);
  });

  it("takes an article written the way editors write: a temporary file renamed over it", async () => {
    const { dir, holder } = live(["seed"], { watch: true });
    const temp = join(dir, `.${fiction.id}.md.swp`);
    writeFileSync(temp, formatArticle(fiction));
    writeFileSync(join(dir, "4913"), "");
    writeFileSync(join(dir, `${seed.id}.md~`), "backup");
    renameSync(temp, join(dir, `${fiction.id}.md`));
    await eventually(() => ids(holder).includes(fiction.id));
    expect(ids(holder)).toHaveLength(2);
  });

  it("ignores editors' swap, backup and probe files: no reload, nothing logged", () => {
    const { dir, corpus, logs } = live(["seed"]);
    writeFileSync(join(dir, `.${seed.id}.md.swp`), "swap");
    writeFileSync(join(dir, `${seed.id}.md~`), "backup");
    writeFileSync(join(dir, "4913"), "");
    expect(corpus.reload()).toMatchObject({ swapped: false, problems: [] });
    expect(logs).toEqual([]);
  });

  it("leaves a malformed file beside the good ones out, with one line naming the file, the line and the fix", () => {
    const { dir, holder, corpus, logs } = live(["seed"]);
    const before = holder.current();
    writeFileSync(
      join(dir, "broken.md"),
      "---\nid: broken\ntitle: Kaputt\ndate: 2025-02-30\nsource: dpa\nlanguage: de\n---\n\nText.\n",
    );
    expect(corpus.reload().swapped).toBe(false);
    expect(holder.current()).toBe(before);
    const warned = logs.filter((l) => l.level === 40);
    expect(warned).toHaveLength(1);
    expect(String(warned[0]?.msg)).toMatch(/broken\.md:4: .*date.*It is not served until fixed\./);
    // Still bad at the next reload: not logged again.
    corpus.reload();
    expect(logs.filter((l) => l.level === 40)).toHaveLength(1);
  });

  it("keeps serving the last good version of an article whose file goes bad", () => {
    const { dir, holder, corpus, logs } = live(["seed", "fiction"]);
    writeFileSync(join(dir, `${fiction.id}.md`), formatArticle(fiction).replace(/^title: .*$/m, "title:"));
    corpus.reload();
    expect(ids(holder)).toContain(fiction.id);
    expect(holder.current().articles.find((a) => a.id === fiction.id)?.title).toBe(fiction.title);
    expect(String(logs.at(-1)?.msg)).toMatch(
      new RegExp(`${fiction.id}\\.md:\\d+: .*title.*last good version stays served`),
    );
  });

  it("replaces an article whose file changed, and drops one whose file was removed", () => {
    const { dir, holder, corpus } = live(["seed", "fiction"]);
    const retitled = { ...fiction, title: "Ein neuer Titel für den Windpark" };
    writeFileSync(join(dir, `${fiction.id}.md`), formatArticle(retitled));
    expect(corpus.reload().swapped).toBe(true);
    expect(holder.current().articles.find((a) => a.id === fiction.id)?.title).toBe(retitled.title);
    rmSync(join(dir, `${fiction.id}.md`));
    corpus.reload();
    expect(ids(holder)).toEqual([seed.id]);
    expect(
      holder
        .current()
        .ask("Windpark")
        .results.every((r) => r.passage.articleId === seed.id),
    ).toBe(true);
  });

  it("tells its listener each swap with the articles served, and nothing when nothing changed", () => {
    const heard: [string, number][] = [];
    const { dir, corpus } = live(["seed"], { onReload: (outcome, n) => heard.push([outcome, n]) });
    corpus.reload();
    writeFileSync(join(dir, `${fiction.id}.md`), formatArticle(fiction));
    corpus.reload();
    rmSync(join(dir, `${fiction.id}.md`));
    corpus.reload();
    expect(heard).toEqual([
      ["ok", 2],
      ["ok", 1],
    ]);
  });

  it("keeps the last articles when the folder is emptied, and says so", () => {
    const { dir, holder, corpus, logs } = live(["seed"]);
    rmSync(join(dir, `${seed.id}.md`));
    expect(corpus.reload().swapped).toBe(false);
    expect(ids(holder)).toEqual([seed.id]);
    expect(String(logs.at(-1)?.msg)).toMatch(/no article left/);
  });

  it("writes the engine cache for the new corpus, so the next start restores it", () => {
    const cacheFile = join(tempCorpus([]), "engine.json");
    const { dir, corpus } = live(["seed"], { cacheFile });
    writeFileSync(join(dir, `${economy.id}.md`), formatArticle(economy));
    corpus.reload();
    const notes: string[] = [];
    const articles = [seed, economy].sort((a, b) => (a.id < b.id ? -1 : 1));
    openCachedEngine(articles, { file: cacheFile, note: (line) => notes.push(line), tables: () => TABLES });
    expect(notes).toEqual([]);
    expect(readFileSync(cacheFile, "utf8").length).toBeGreaterThan(0);
  });
});

describe("mergeScan", () => {
  const file = (name: string, article = seed) => ({ name, article });

  it("gives a second file with an id already served a problem of its own, and serves the first", () => {
    const merged = mergeScan([], { files: [file("a.md"), file("b.md")], problems: [] });
    expect(merged.files.map((f) => f.name)).toEqual(["a.md"]);
    expect(merged.problems[0]?.message).toMatch(/^b\.md: the id ".*" is already used by a\.md/);
  });

  it("keeps a failing file's served version and forgets a file that is gone", () => {
    const served = [file("a.md"), file("b.md", fiction)];
    const merged = mergeScan(served, { files: [], problems: [{ name: "b.md", message: "b.md:1: bad" }] });
    expect(merged.files).toEqual([file("b.md", fiction)]);
  });
});

describe("the engine holder", () => {
  it("answers through the live engine from whichever engine was swapped in last, whole", () => {
    const holder = createEngineHolder(createEngine([seed], TABLES));
    const engine = liveEngine(holder);
    expect(engine.articles.map((a) => a.id)).toEqual([seed.id]);
    holder.swap(createEngine([fiction], TABLES));
    expect(engine.articles.map((a) => a.id)).toEqual([fiction.id]);
    expect(engine.sections().every((e) => e.article.id === fiction.id)).toBe(true);
  });
});
