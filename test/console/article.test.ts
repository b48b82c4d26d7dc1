import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/registry.ts";
import { createConsoleSession } from "../../src/console/console.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { createEngineHolder, liveEngine } from "../../src/engine/live.ts";
import { type LiveCorpus, startLiveCorpus } from "../../src/engine/reload.ts";
import { createLogger } from "../../src/logger.ts";
import { fixtureArticle, rawExport, tempCorpus } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = fixtureArticle("seed");
const fiction = fixtureArticle("fiction");
let corpus: LiveCorpus | undefined;
afterEach(() => corpus?.close());

function session(names = ["seed", "fiction"]) {
  const dir = tempCorpus(names);
  const holder = createEngineHolder(createEngine(names.map(fixtureArticle), TABLES));
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  corpus = startLiveCorpus({
    dir,
    limits: { maxFileBytes: 256 * 1024, maxFrontMatterBytes: 16 * 1024 },
    holder,
    logger: createLogger("info", quiet),
    watch: false,
  });
  const answer = createConsoleSession({
    engine: liveEngine(holder),
    locale: "en",
    commands: COMMANDS,
    corpus,
  });
  return { dir, answer };
}

describe("the console's /article commands", () => {
  it("/article use <id> answers from that article until /article use goes back to all", () => {
    const { answer } = session();
    expect(answer("/section 2")).toMatch(/^Several articles have a section "2"/);
    expect(answer(`/article use ${fiction.id}`)).toContain(`Answering from "${fiction.id}"`);
    expect(answer("/section 2")).toMatch(/^2\. Knappe Mehrheit im Gemeinderat/);
    expect(answer("/sections")).not.toContain("Sorge vor Gebietsabtretungen");
    expect(answer("/article use")).toBe("Answering from all articles.");
    expect(answer("/section 2")).toMatch(/^Several articles/);
  });

  it("/article use with an unknown article changes nothing and says so", () => {
    const { answer } = session();
    expect(answer("/article use nope")).toBe('There is no article "nope". Pick one from the list.');
    expect(answer("/section 2")).toMatch(/^Several articles/);
  });

  it("/article add <path> makes the article answerable at once; /article remove takes it away", () => {
    const { dir, answer } = session(["seed"]);
    const raw = join(tempCorpus([]), "fiction.txt");
    writeFileSync(raw, rawExport("fiction"));
    expect(answer(`/article add ${raw}`)).toMatch(new RegExp(`^Added "${fiction.id}"`));
    expect(answer("/article list")).toContain(`${fiction.id} · ${fiction.date} · ${fiction.title}`);
    expect(answer("/section Knappe Mehrheit im Gemeinderat")).toMatch(/^2\. Knappe Mehrheit/);
    expect(answer(`/article remove ${fiction.id}`)).toMatch(/^Removed/);
    expect(existsSync(join(dir, `${fiction.id}.md`))).toBe(false);
    expect(answer("/article list")).toMatch(/^Articles in the corpus \(1\):/);
  });

  it("/article add names a file it cannot read, and an article it refuses", () => {
    const { answer } = session(["seed"]);
    expect(answer("/article add /no/such/file.txt")).toMatch(/^Cannot read \/no\/such\/file\.txt: /);
    const notes = join(tempCorpus([]), "notes.txt");
    writeFileSync(notes, "Hallo\n");
    expect(answer(`/article add ${notes}`)).toMatch(
      /^That is not an article the bot can read\. .*notes\.txt:1: /,
    );
    expect(answer(`/article remove ${seed.id}`)).toMatch(/only article/);
  });

  it("/article alone shows how to use it", () => {
    expect(session().answer("/article")).toMatch(/^Use \/article list/);
  });
});
