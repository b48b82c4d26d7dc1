import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addArticleText, removeArticleFile } from "../../src/corpus/admin.ts";
import { scanCorpus } from "../../src/corpus/files.ts";
import { DEFAULT_CORPUS_LIMITS } from "../../src/corpus/load.ts";
import { formatArticle } from "../../src/corpus/markdown.ts";
import { fixtureArticle, rawExport, tempCorpus } from "../support/fixtures.ts";

const seed = fixtureArticle("seed");
const fiction = fixtureArticle("fiction");
const bytes = (text: string) => Buffer.from(text, "utf8");

function folder(names: string[] = ["seed"]) {
  const dir = tempCorpus(names);
  return { dir, served: () => scanCorpus(dir).files };
}

describe("adding an article to the corpus folder", () => {
  it("imports a raw agency export and writes it as the importer does", () => {
    const { dir, served } = folder();
    const change = addArticleText(
      dir,
      bytes(rawExport("fiction")),
      "fiction.txt",
      served(),
      DEFAULT_CORPUS_LIMITS,
    );
    expect(change).toMatchObject({ ok: true, action: "added", article: { id: fiction.id } });
    expect(readFileSync(join(dir, `${fiction.id}.md`), "utf8")).toBe(formatArticle(fiction));
  });

  it("takes a corpus Markdown file as it is validated at start-up", () => {
    const { dir, served } = folder();
    const change = addArticleText(
      dir,
      bytes(formatArticle(fiction)),
      "x.md",
      served(),
      DEFAULT_CORPUS_LIMITS,
    );
    expect(change).toMatchObject({ ok: true, action: "added" });
    expect(scanCorpus(dir).files.map((f) => f.article.id)).toContain(fiction.id);
  });

  it("refuses a file that does not validate with the start-up message (file, line, fix) and writes nothing", () => {
    const { dir, served } = folder();
    const bad = formatArticle(fiction).replace(/^date: .*$/m, "date: 2025-02-30");
    const change = addArticleText(dir, bytes(bad), "upload.md", served(), DEFAULT_CORPUS_LIMITS);
    expect(change).toMatchObject({ ok: false, refusal: { kind: "invalid" } });
    expect(change.ok ? "" : change.refusal.kind === "invalid" && change.refusal.message).toMatch(
      /^upload\.md:\d+: .*date/,
    );
    expect(readdirSync(dir)).toEqual([`${seed.id}.md`]);
  });

  it("refuses a text that is not a raw export, naming its line", () => {
    const { dir, served } = folder();
    const change = addArticleText(dir, bytes("Hallo Welt\n"), "notes.txt", served(), DEFAULT_CORPUS_LIMITS);
    expect(change.ok ? "" : change.refusal.kind === "invalid" && change.refusal.message).toMatch(
      /^notes\.txt:1: /,
    );
  });

  it("never replaces a served article with other content under the same id", () => {
    const { dir, served } = folder();
    const changed = { ...seed, title: "Ein anderer Titel" };
    const change = addArticleText(
      dir,
      bytes(formatArticle(changed)),
      "x.md",
      served(),
      DEFAULT_CORPUS_LIMITS,
    );
    expect(change).toEqual({ ok: false, refusal: { kind: "exists", id: seed.id } });
    expect(readFileSync(join(dir, `${seed.id}.md`), "utf8")).toBe(formatArticle(seed));
  });

  it("calls the same article again unchanged", () => {
    const { dir, served } = folder();
    const change = addArticleText(dir, bytes(rawExport("seed")), "seed.txt", served(), DEFAULT_CORPUS_LIMITS);
    expect(change).toMatchObject({ ok: true, action: "unchanged" });
  });

  it("refuses more bytes than the corpus file limit, and text that is not UTF-8", () => {
    const { dir, served } = folder();
    const limits = { ...DEFAULT_CORPUS_LIMITS, maxFileBytes: 1024 };
    expect(addArticleText(dir, bytes(rawExport("fiction")), "f.txt", served(), limits)).toEqual({
      ok: false,
      refusal: { kind: "tooLarge", maxKb: 1 },
    });
    const latin1 = Buffer.from(rawExport("fiction"), "latin1");
    const change = addArticleText(dir, latin1, "f.txt", served(), DEFAULT_CORPUS_LIMITS);
    expect(change.ok ? "" : change.refusal.kind === "invalid" && change.refusal.message).toMatch(/not UTF-8/);
  });
});

describe("removing an article from the corpus folder", () => {
  it("deletes the file of the article", () => {
    const { dir, served } = folder(["seed", "fiction"]);
    expect(removeArticleFile(dir, fiction.id, served())).toMatchObject({ ok: true, action: "removed" });
    expect(existsSync(join(dir, `${fiction.id}.md`))).toBe(false);
  });

  it("refuses an unknown id and the last article", () => {
    const { dir, served } = folder();
    expect(removeArticleFile(dir, "nope", served())).toEqual({
      ok: false,
      refusal: { kind: "unknown", id: "nope" },
    });
    expect(removeArticleFile(dir, seed.id, served())).toEqual({
      ok: false,
      refusal: { kind: "last", id: seed.id },
    });
    expect(existsSync(join(dir, `${seed.id}.md`))).toBe(true);
  });
});
