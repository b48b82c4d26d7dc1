import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/article.ts";
import { codeFingerprint, engineKey, openCachedEngine } from "../../src/engine/cache.ts";
import { createEngine, type Engine, snapshotEngine } from "../../src/engine/engine.ts";
import {
  CACHE_FORMAT,
  formatSnapshotFile,
  parseSnapshotFile,
  sha256,
} from "../../src/engine/snapshot-file.ts";
import { fixtureArticle, jsonLines } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = fixtureArticle("seed");
const fiction = fixtureArticle("fiction");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A cache file path in a fresh temporary folder. */
function cacheFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "article-bot-cache-"));
  dirs.push(dir);
  return join(dir, "engine.json");
}

/** Opens through the cache, collecting the lines it says. */
function open(articles: readonly Article[], file: string): { engine: Engine; notes: string[] } {
  const notes: string[] = [];
  const engine = openCachedEngine(articles, { file, note: (line) => notes.push(line), tables: () => TABLES });
  return { engine, notes };
}

/** Everything an answer shows, so two engines can be compared. */
function answers(engine: Engine, questions: readonly string[]) {
  return questions.map((q) => ({
    ask: engine
      .ask(q, { limit: 10 })
      .results.map((r) => [r.passage.id, r.score, r.bestSentence, r.highlights]),
    section: engine.section(q).match?.section.title ?? null,
    quote: engine.quote(q).quotes.map((x) => x.id),
  }));
}

const questions = jsonLines<{ q: string }>("questions.dev.jsonl").map((q) => q.q);

describe("GIVEN an engine cache file", () => {
  it("WHEN there is none yet THEN the engine is built, the file written, and one line says so", () => {
    const file = cacheFile();
    const { engine, notes } = open([seed], file);
    expect(engine.articles).toHaveLength(1);
    expect(notes).toEqual([
      expect.stringMatching(/engine cache .*engine\.json: there is none yet; built the engine and saved it/),
    ]);
    expect(readFileSync(file, "utf8").length).toBeGreaterThan(0);
  });

  it("WHEN it fits THEN the restored engine answers exactly like a freshly built one, silently", () => {
    const file = cacheFile();
    open([seed, fiction], file);
    const restored = open([seed, fiction], file);
    expect(restored.notes).toEqual([]);
    const fresh = createEngine([seed, fiction], TABLES);
    expect(answers(restored.engine, questions)).toEqual(answers(fresh, questions));
    expect(restored.engine.quotes.speakers).toEqual(fresh.quotes.speakers);
    expect(restored.engine.speakerChoices("")).toEqual(fresh.speakerChoices(""));
  });

  it("WHEN it fits THEN the analysis tables come from it, and answer in both languages like the files'", () => {
    const file = cacheFile();
    open([seed, fiction], file);
    const restored = open([seed, fiction], file).engine;
    const fresh = createEngine([seed, fiction], TABLES);
    // Restored, not the process's tables from the data files: else this would compare them with themselves.
    expect(restored.tables).not.toBe(fresh.tables);
    expect(restored.tables.glossary).not.toBe(fresh.tables.glossary);
    const asked = [
      ...["questions.holdout.jsonl", "questions.holdout2.jsonl"].flatMap((f) =>
        jsonLines<{ q: string }>(f).map((q) => q.q),
      ),
      "what about the ceasfire?", // a typo only the fuzzy glossary translates
      "Gibt es einen Waffenstillstand?", // a German word the articles lack: the glossary's German siblings
      "Warum haben die Menschen Angst?", // the thesaurus
      "Kremlin chief",
      "Zelensky",
      "Trum",
      "Merts Waffenruhe",
      "sanktions",
    ];
    expect(answers(restored, asked)).toEqual(answers(fresh, asked));
    const analyse = (engine: Engine) => asked.map((q) => engine.index.analyzer.analyzeQuery(q));
    expect(analyse(restored)).toEqual(analyse(fresh));
    // The questions above do reach the typo, synonym and thesaurus look-ups.
    const terms = (q: string) => restored.index.analyzer.analyzeQuery(q).map((t) => t.term);
    const stem = (word: string) => restored.index.analyzer.indexTerms(word)[0];
    expect(terms("what about the ceasfire?")).toContain(stem("Waffenruhe"));
    expect(terms("Gibt es einen Waffenstillstand?")).toContain(stem("Feuerpause"));
    expect(terms("Warum haben die Menschen Angst?")).toContain(stem("befürchten"));
  });

  it("WHEN the corpus changed THEN the stale cache is rebuilt for the new corpus and says why", () => {
    const file = cacheFile();
    open([seed], file);
    const changed = open([seed, fiction], file);
    expect(changed.notes).toEqual([
      expect.stringMatching(/it is stale: the corpus, the code or its data files changed/),
    ]);
    expect(changed.engine.articles.map((a) => a.id)).toEqual([seed.id, fiction.id]);
    expect(open([seed, fiction], file).notes).toEqual([]);
  });

  it("WHEN an article's text changed (same ids) THEN the cache is stale, not used", () => {
    const file = cacheFile();
    open([seed], file);
    const edited = structuredClone(seed) as { -readonly [K in keyof Article]: Article[K] };
    edited.title = `${seed.title} (korrigiert)`;
    const { engine, notes } = open([edited as Article], file);
    expect(notes[0]).toMatch(/stale/);
    expect(engine.articles[0]?.title).toMatch(/korrigiert/);
  });

  it.each([
    ["is truncated", (text: string) => text.slice(0, Math.floor(text.length / 2)), /truncated or damaged/],
    ["is garbage", () => "not a cache\n{}", /first line is not a cache header/],
    ["is empty", () => "", /first line is not a cache header/],
    [
      "has one character changed",
      (text: string) => text.replace(/"text":"D/, '"text":"X'),
      /truncated or damaged \(checksum\)/,
    ],
  ])("WHEN the file %s THEN it is rebuilt with a clear message and no crash", (_name, damage, message) => {
    const file = cacheFile();
    open([seed], file);
    writeFileSync(file, damage(readFileSync(file, "utf8")));
    const { engine, notes } = open([seed], file);
    expect(notes).toEqual([expect.stringMatching(message)]);
    expect(notes[0]).toContain(file);
    expect(engine.ask("Gebiet").results.length).toBeGreaterThan(0);
    expect(open([seed], file).notes).toEqual([]);
  });

  it("WHEN its content is well-formed JSON of the wrong shape THEN the message names the field", () => {
    const file = cacheFile();
    mkdirSync(join(file, ".."), { recursive: true });
    const key = engineKey([seed]);
    const body = JSON.stringify({ passages: { words: [1, 2], index: {} }, quotes: {} });
    writeFileSync(file, `${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256(body) })}\n${body}`);
    const { notes } = open([seed], file);
    expect(notes[0]).toMatch(/passages\.words\.0 .*; built the engine/);
  });

  it("WHEN its analysis tables are of the wrong shape THEN the message names the table", () => {
    const file = cacheFile();
    const key = engineKey([seed]);
    const snapshot = snapshotEngine(createEngine([seed], TABLES));
    const body = JSON.stringify({
      ...snapshot,
      analysis: { ...snapshot.analysis, glossary: { ...snapshot.analysis.glossary, entries: {} } },
    });
    writeFileSync(file, `${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256(body) })}\n${body}`);
    const { engine, notes } = open([seed], file);
    expect(notes[0]).toMatch(/analysis\.glossary\.entries must be an array; built the engine/);
    expect(engine.ask("ceasefire").results.length).toBeGreaterThan(0);
  });

  it("WHEN it holds another corpus's index under the right key THEN that is caught and it is rebuilt", () => {
    const file = cacheFile();
    // A snapshot of `fiction` written as if it were `seed`'s: the count check must refuse it.
    writeFileSync(
      file,
      formatSnapshotFile(engineKey([seed]), snapshotEngine(createEngine([fiction], TABLES))),
    );
    const { engine, notes } = open([seed], file);
    expect(notes[0]).toMatch(/does not fit the corpus/);
    expect(engine.ask("Gebiet").results[0]?.article.id).toBe(seed.id);
  });

  it("WHEN its folder cannot be written THEN the engine is still built and the line says so", () => {
    const blocker = join(cacheFile(), "..", "a-file");
    writeFileSync(blocker, "");
    const file = join(blocker, "engine.json");
    const { engine, notes } = open([seed], file);
    expect(engine.articles).toHaveLength(1);
    expect(notes[0]).toMatch(/could not save it .*ENGINE_CACHE_DIR/);
  });
});

describe("the cache key", () => {
  it("changes when a data file or a source file anywhere in src/ changes (glossary, stop words, roles, code)", () => {
    const src = fileURLToPath(new URL("../../src/", import.meta.url));
    const copy = mkdtempSync(join(tmpdir(), "article-bot-src-"));
    dirs.push(copy);
    cpSync(src, copy, { recursive: true });
    const before = codeFingerprint(copy);
    expect(before).toBe(codeFingerprint(src));
    const glossary = join(copy, "analysis/data/glossary.en-de.txt");
    writeFileSync(glossary, `${readFileSync(glossary, "utf8")}\nshipyard = Werft\n`);
    const changed = mkdtempSync(join(tmpdir(), "article-bot-src-"));
    dirs.push(changed);
    cpSync(copy, changed, { recursive: true });
    const after = codeFingerprint(changed);
    expect(after).not.toBe(before);
    writeFileSync(join(changed, "corpus/new-module.ts"), "export {};\n");
    expect(codeFingerprint(changed)).not.toBe(after);

    // A cache written under the old key is stale under the new one.
    const text = formatSnapshotFile(engineKey([seed], before), snapshotEngine(createEngine([seed], TABLES)));
    expect(parseSnapshotFile(text, engineKey([seed], before))).toMatchObject({ ok: true });
    expect(parseSnapshotFile(text, engineKey([seed], after))).toMatchObject({ ok: false, stale: true });
  });
});
