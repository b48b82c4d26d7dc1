/** `npm run cli`: the scriptable interface (I/O edge). Exit 0 with an answer, 2 on bad usage, 1 on a bad corpus. */
import { readFileSync, realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { invoke } from "../../commands/invoke.ts";
import { COMMANDS, findCommand } from "../../commands/registry.ts";
import { corpusLimitsOf, engineCacheDir, loadDotEnv, readCliConfig } from "../config.ts";
import type { Article } from "../corpus/article.ts";
import { importRawExport } from "../corpus/import-raw.ts";
import { loadCorpus } from "../corpus/load.ts";
import { writeArticle } from "../corpus/write.ts";
import { rebuildEngineCache } from "../engine/cache.ts";
import type { Engine } from "../engine/engine.ts";
import { engineCacheFile, engineFor } from "../engine/open.ts";
import { ArticleBotError } from "../errors.ts";
import { plainPhrase, renderSpeakers, renderView } from "../views/plain.ts";
import type { View } from "../views/view.ts";
import { type CliArgs, parseCliArgs, USAGE } from "./args.ts";
import { runCheck } from "./check.ts";
import { speakersJson, viewJson } from "./json.ts";

// The CLI speaks English: its text output is for scripts and logs.
const LOCALE = "en";

/** Runs one CLI invocation and returns its exit code; output goes to the given writers. */
export function runCli(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): number {
  try {
    const args = parseCliArgs(argv);
    const { command } = args;
    if (command.command === "help") {
      out(USAGE);
      return 0;
    }
    if (command.command === "import") {
      const raw = readInput(command.text);
      const article = importRawExport(raw, command.text, command.source ? { source: command.source } : {});
      out(writeArticle(article, command.out, args.force));
      return 0;
    }
    const config = readCliConfig(env);
    const limits = corpusLimitsOf(config);
    if (command.command === "check") return runCheck(command.dir ?? args.corpus, limits, args.json, out, err);
    const cacheDir = engineCacheDir(config);
    // A usage error comes before the corpus is read, so it is one line and exit 2 whatever the corpus.
    if (command.command === "build-index" && !cacheDir)
      throw new ArticleBotError("USAGE", "build-index needs a cache folder, but ENGINE_CACHE_DIR is off");
    const articles = loadCorpus(args.corpus, limits);
    const articleId = checkArticle(articles, args.article);
    if (command.command === "build-index" && cacheDir) {
      buildIndex(articles, args, cacheDir, out);
      return 0;
    }
    const engine = engineFor(articles, args.corpus, { cacheDir, note: err });
    runQuery(engine, args, articleId, out);
    return 0;
  } catch (error) {
    if (!(error instanceof ArticleBotError)) throw error;
    err(error.code === "USAGE" ? `error: ${error.message}` : error.message);
    return error.code === "USAGE" || error.code === "IMPORT_SHAPE" ? 2 : 1;
  }
}

function runQuery(
  engine: Engine,
  args: CliArgs,
  articleId: string | undefined,
  out: (s: string) => void,
): void {
  const { command, json } = args;
  const print = (view: View) => out(json ? JSON.stringify(viewJson(view)) : plainText(view));
  // The CLI answers through the same commands as Discord and the console; the article is already checked.
  const run = (name: string, text: string | undefined) => print(runCommand(engine, name, text, articleId));
  switch (command.command) {
    case "ask": {
      const questions = command.batch !== undefined ? batchQuestions(command.batch) : [command.text ?? ""];
      for (const question of questions) run("ask", question);
      return;
    }
    case "section":
    case "quote":
      run(command.command, command.text);
      return;
    case "sections":
      run(command.command, undefined);
      return;
    case "speakers": {
      const inArticle = <T extends { articleId: string }>(items: readonly T[]) =>
        items.filter((x) => !articleId || x.articleId === articleId);
      const speakers = speakersJson(inArticle(engine.quotes.speakers), inArticle(engine.quotes.quotes));
      out(json ? JSON.stringify(speakers) : renderSpeakers(speakers.speakers, LOCALE));
      return;
    }
  }
}

/**
 * A command's view, the argument going into the option it requires (as the console does). Options
 * it refuses are a usage error (exit 2) in the words the console would use.
 */
function runCommand(engine: Engine, name: string, text: string | undefined, articleId?: string): View {
  const command = findCommand(name);
  if (!command) throw new Error(`the ${name} command is not registered`);
  const main = command.options.find((o) => o.required);
  const raw = {
    ...(main && text !== undefined ? { [main.name]: text } : {}),
    ...(articleId ? { article: articleId } : {}),
  };
  const view = invoke(command, { engine, locale: LOCALE, commands: COMMANDS }, raw);
  if (view.kind === "problem")
    throw new ArticleBotError("USAGE", plainPhrase(LOCALE, view.problem.phrase, view.problem.values));
  return view;
}

/** A view as readable text; an answer to a question ends in a blank line, so batch answers stay apart. */
function plainText(view: View): string {
  const text = renderView(view, LOCALE);
  return view.kind === "ask" ? `${text}\n` : text;
}

function checkArticle(articles: readonly Article[], articleId: string | undefined): string | undefined {
  if (articleId === undefined || articles.some((a) => a.id === articleId)) return articleId;
  throw new ArticleBotError(
    "USAGE",
    `no article "${articleId}" in the corpus (articles: ${articles.map((a) => a.id).join(", ")})`,
  );
}

/** `build-index`: builds the engine and writes its cache, so the next start (bot, console, CLI) is fast. */
function buildIndex(
  articles: readonly Article[],
  args: CliArgs,
  cacheDir: string,
  out: (s: string) => void,
): void {
  const file = engineCacheFile(cacheDir, args.corpus);
  const built = rebuildEngineCache(articles, file);
  if (built.writeProblem)
    throw new ArticleBotError(
      "CONFIG",
      `cannot write the engine cache ${file}: ${built.writeProblem}. Set ENGINE_CACHE_DIR to a writable folder.`,
    );
  const summary = {
    cache: file,
    articles: articles.length,
    passages: built.engine.index.passages.length,
    quotes: built.engine.quotes.quotes.length,
  };
  out(
    args.json
      ? JSON.stringify(summary)
      : `${file}: ${summary.articles} articles, ${summary.passages} passages, ${summary.quotes} quotes`,
  );
}

function batchQuestions(file: string): string[] {
  return readInput(file)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
}

function readInput(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new ArticleBotError("USAGE", `cannot read ${file}: ${reason}`);
  }
}

// Run only as the entry point (tests import runCli); compared as URLs so spaces and symlinks do not matter.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  // The same .env as `npm start`, so the CLI reads the corpus with the bot's limits.
  loadDotEnv();
  process.exitCode = runCli(
    process.argv.slice(2),
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  );
}
