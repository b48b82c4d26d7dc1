import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliWith } from "../support/cli.ts";
import { rawExport, tempCorpus } from "../support/fixtures.ts";

const json = (...argv: string[]) => JSON.parse(cli(...argv, "--json").out);

describe("cli ask", () => {
  it("prints {query, results:[{article, section, paragraph, text, score, sentence}], answered} best first", () => {
    const answer = json("ask", "What do the Europeans demand?");
    expect(Object.keys(answer)).toEqual(["query", "results", "answered"]);
    expect(answer.query).toBe("What do the Europeans demand?");
    expect(answer.answered).toBe(true);
    expect(Object.keys(answer.results[0])).toEqual([
      "article",
      "section",
      "paragraph",
      "text",
      "score",
      "sentence",
    ]);
    expect(answer.results[0].section).toBe("Europäer wollen erst Waffenruhe");
    for (const r of answer.results) expect(r.text).toContain(r.sentence);
    const scores = answer.results.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("says answered: false when the article does not say, with the related passages", () => {
    const answer = json("ask", "Wie alt ist Putin?");
    expect(answer.answered).toBe(false);
    expect(answer.results.length).toBeGreaterThan(0);
  });

  it("answers one JSON line per question with --batch", () => {
    const file = join(mkdtempSync(join(tmpdir(), "batch-")), "questions.txt");
    writeFileSync(file, "Europeans\n\nGebiet\nwho threatened whom?\n");
    const { code, out } = cli("ask", "--batch", file, "--json");
    expect(code).toBe(0);
    const lines = out.split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(["Europeans", "Gebiet", "who threatened whom?"]);
  });

  it("treats an empty result as an answer (exit 0)", () => {
    const { code, out } = cli("ask", "xyzzyqwert", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out).results).toEqual([]);
  });

  it("prints readable text without --json, marking the best sentence", () => {
    const { out } = cli("ask", "Friedensnobelpreis");
    expect(out).toMatch(/\[Wie geht es nach Alaska weiter\?, ¶2\]/);
    expect(out).toContain("»Er will den *Friedensnobelpreis* bekommen.«");
  });
});

describe("cli section and sections", () => {
  it("prints {query, section:{title, paragraphs:[{paragraph, text}]}, alternatives}", () => {
    const answer = json("section", "Europeans");
    expect(answer.section.title).toBe("Europäer wollen erst Waffenruhe");
    expect(answer.section.paragraphs.map((p: { paragraph: number }) => p.paragraph)).toEqual([1, 2]);
    expect(Array.isArray(answer.alternatives)).toBe(true);
  });

  it("prints section null when nothing matches", () => {
    expect(json("section", "99").section).toBeNull();
  });

  it("prints the table of contents", () => {
    const { sections } = json("sections");
    expect(sections[0]).toEqual({ title: "Einleitung", paragraphs: 2 });
    expect(sections).toHaveLength(6);
  });

  it("reads another corpus with --corpus", () => {
    const dir = tempCorpus(["fiction"]);
    expect(json("sections", "--corpus", dir).sections[0].title).toBe("Einleitung");
    expect(json("ask", "Windpark", "--corpus", dir).results[0].article).toMatch(/^2025-09-18-/);
  });
});

describe("cli quote and speakers", () => {
  it("prints {query, speaker, quotes:[{speaker, text, kind, section, paragraph, context}]} for a speaker", () => {
    const answer = json("quote", "Trump");
    expect(Object.keys(answer)).toEqual(["query", "speaker", "quotes"]);
    expect(answer.speaker).toBe("Donald Trump");
    expect(Object.keys(answer.quotes[0])).toEqual([
      "speaker",
      "text",
      "kind",
      "section",
      "paragraph",
      "context",
    ]);
    expect(answer.quotes.every((q: { speaker: string }) => q.speaker === "Donald Trump")).toBe(true);
    const kinds = answer.quotes.map((q: { kind: string }) => q.kind);
    expect(kinds.indexOf("indirect")).toBeGreaterThan(kinds.lastIndexOf("direct"));
  });

  it("finds a speaker by an English role (Kremlin chief → Wladimir Putin)", () => {
    expect(json("quote", "Kremlin chief").speaker).toBe("Wladimir Putin");
  });

  it("answers a topic with the quotes about it and who said each", () => {
    const answer = json("quote", "Deal");
    expect(answer.speaker).toBeNull();
    expect(answer.quotes.length).toBeGreaterThan(0);
    for (const q of answer.quotes) expect(q.context).toContain(q.text);
  });

  it("lists the speakers with aliases and quote counts", () => {
    const { speakers } = json("speakers");
    const trump = speakers.find((s: { name: string }) => s.name === "Donald Trump");
    expect(trump.aliases).toContain("US-Präsident");
    expect(trump.quotes).toBeGreaterThan(0);
  });
});

describe("cli import", () => {
  it("writes the corpus file and prints its path", () => {
    const dir = mkdtempSync(join(tmpdir(), "import-"));
    const raw = join(dir, "raw.txt");
    writeFileSync(raw, rawExport("fiction"));
    const { code, out } = cli("import", raw, "--out", join(dir, "corpus"));
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^---\nid: 2025-09-18-/);
  });

  it("refuses to overwrite a different file, and writes nothing for a bad export", () => {
    const dir = mkdtempSync(join(tmpdir(), "import-"));
    const raw = join(dir, "raw.txt");
    writeFileSync(raw, rawExport("seed"));
    const path = cli("import", raw, "--out", dir).out;
    writeFileSync(path, "edited by hand\n");
    const again = cli("import", raw, "--out", dir);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists with other content.*--force/);
    expect(readFileSync(path, "utf8")).toBe("edited by hand\n");
    writeFileSync(raw, "not an export\n");
    expect(cli("import", raw, "--out", dir).err).toMatch(/raw\.txt:1: expected the export header/);
  });
});

describe("cli usage errors exit 2 with one line on stderr", () => {
  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [[], /no command given/],
    [["ask"], /ask needs either a question or --batch FILE/],
    [["section"], /"section" needs an argument/],
    [["sections", "extra"], /"sections" takes no argument/],
    [["ask", "x", "--bogus"], /Unknown option '--bogus'/],
    [["ask", "--batch", "/nonexistent/file"], /cannot read \/nonexistent\/file: no such file/],
    [["ask", "x", "--article", "nope"], /no article "nope" in the corpus/],
  ])("%j", (argv, message) => {
    const { code, err, out } = cli(...argv);
    expect(code).toBe(2);
    expect(err.split("\n")).toHaveLength(1);
    expect(err).toMatch(message);
    expect(out).toBe("");
  });

  it("exits 1 and names the file when the corpus is broken", () => {
    const dir = tempCorpus(["seed"], { "broken.md": "---\nid: x\n" });
    const { code, err } = cli("sections", "--corpus", dir);
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.md:1: the front matter opened on line 1 is never closed/);
  });
});

describe("cli build-index and the engine cache", () => {
  it("build-index writes the cache; later runs answer from it silently, exactly as without it", () => {
    const corpus = tempCorpus(["seed", "fiction"]);
    const env = { ENGINE_CACHE_DIR: mkdtempSync(join(tmpdir(), "engine-cache-")) };
    const built = cliWith(env, "build-index", "--corpus", corpus, "--json");
    expect(built.code).toBe(0);
    const summary = JSON.parse(built.out);
    expect(summary).toMatchObject({ articles: 2, quotes: expect.any(Number) });
    expect(readFileSync(summary.cache, "utf8").length).toBeGreaterThan(0);
    const cached = cliWith(env, "ask", "Gebiet", "--corpus", corpus, "--json");
    expect(cached.err).toBe("");
    expect(cached.out).toBe(
      cliWith({ ENGINE_CACHE_DIR: "off" }, "ask", "Gebiet", "--corpus", corpus, "--json").out,
    );
  });

  it("says in one line on stderr why it built the engine when the cache did not fit", () => {
    const corpus = tempCorpus(["seed"]);
    const env = { ENGINE_CACHE_DIR: mkdtempSync(join(tmpdir(), "engine-cache-")) };
    const first = cliWith(env, "sections", "--corpus", corpus);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/^engine cache .*: there is none yet; built the engine and saved it/);
    expect(cliWith(env, "sections", "--corpus", corpus).err).toBe("");
  });

  it("build-index exits 2 when the cache is off, before reading the corpus (even a missing one)", () => {
    const { code, err } = cliWith({ ENGINE_CACHE_DIR: "off" }, "build-index", "--corpus", "/no/such/corpus");
    expect(code).toBe(2);
    expect(err).toMatch(/build-index needs a cache folder, but ENGINE_CACHE_DIR is off/);
  });
});

describe("the npm script contract", () => {
  it("`npm run --silent cli -- ask … --json` prints only JSON", () => {
    const out = execFileSync("npm", ["run", "--silent", "cli", "--", "ask", "Gebiet", "--json"], {
      encoding: "utf8",
    });
    expect(JSON.parse(out).results.length).toBeGreaterThan(0);
  });

  it("exits 2 on bad usage", () => {
    const run = spawnSync("npm", ["run", "--silent", "cli", "--", "nope"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^error: unknown command "nope"/);
  });
});
