/**
 * `npm run bench`: retrieval quality and speed, ours side by side with the peers, in one run;
 * then how cost grows with the corpus, and the bot process through the local fake Discord.
 * Prints Markdown and writes bench/results.json; `--readme` also updates README's Performance section.
 * Figures are printed, never asserted: people judge them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fixtureArticle } from "../test/support/fixtures.ts";
import { answerQuality, answerTables } from "./answers.ts";
import { buildMemory } from "./build-memory.ts";
import { growth } from "./growth.ts";
import {
  compareLoad,
  type LoadRow,
  MAIN,
  MAIN_FROM_SOURCES,
  medianColdStart,
  START_FLAGS,
} from "./process.ts";
import { markdownTable, PEERS, qualityTable } from "./quality-table.ts";
import { quoteQuality } from "./quotes-quality.ts";
import { speedInChild } from "./speed.ts";
import { fmt } from "./stats.ts";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const quick = process.argv.includes("--quick");
// What goes to the README: everything but the long lists of misses, which only stdout gets.
const out: string[] = [];
const print = (line = "", readme = true) => {
  if (readme) out.push(line);
  process.stdout.write(`${line}\n`);
};

/** A load table through the fake Discord: one row per concurrency level. */
function printLoad(rows: readonly LoadRow[]): void {
  print("| concurrent | interactions | interactions/s | p50 ms | p99 ms |");
  print("|---:|---:|---:|---:|---:|");
  for (const row of rows)
    print(
      `| ${row.concurrency} | ${row.interactions} | ${fmt(row.perSecond)} | ${fmt(row.p50Ms, 1)} | ${fmt(row.p99Ms, 1)} |`,
    );
  print();
}

const machine = `${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
print(`# article-bot benchmark (${new Date().toISOString().slice(0, 10)})`);
print();
print(`Machine: ${machine}`);
print();

// Speed: each engine in a process of its own (bench/speed-child.ts).
const speed = [await speedInChild("article-bot")];
for (const peer of PEERS) speed.push(await speedInChild(peer.name));

// Quality
const quality = await qualityTable();
print("## Retrieval quality (development sets, same passages and questions for every engine)");
print();
print(markdownTable(quality, false));
print(markdownTable(quality).slice(markdownTable(quality, false).length), false);
print();

// Answers: the marked sentence and "the article does not say"
const answers = answerQuality();
print('## Answers: the marked sentence, and "the article does not say" (ours only)');
print();
print(answerTables(answers));

// Quotes
print("## Quotes: extraction and speaker attribution (gold lists in test/fixtures/quotes.gold.json)");
print();
print(
  "| article | gold quotes | extracted | direct recall | indirect recall | speaker precision | speaker recall | wrong speakers |",
);
print("|---|---:|---:|---:|---:|---:|---:|---:|");
const quotes = quoteQuality();
for (const q of quotes) {
  print(
    `| ${q.article} | ${q.gold} | ${q.extracted} | ${pct(q.directRecall)} | ${pct(q.indirectRecall)} | ${pct(q.speakerPrecision)} | ${pct(q.speakerRecall)} | ${q.wrongSpeakers} |`,
  );
}
print();

// Speed
print(
  "## Speed (seed article, dev questions; latency in µs; each engine in its own process, steady state: 30 warm-up rounds, a full collection, 10 settling rounds, then 20 measured)",
);
print();
print(
  "| engine | index build ms | ask p50 µs | ask p99 µs | section p50 µs | section p99 µs | quote p50 µs | quote p99 µs |",
);
print("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const row of speed) {
  print(
    `| ${row.engine} | ${fmt(row.buildMs, 1)} | ${fmt(row.ask.p50)} | ${fmt(row.ask.p99)} | ${fmt(row.section?.p50 ?? Number.NaN)} | ${fmt(row.section?.p99 ?? Number.NaN)} | ${fmt(row.quote?.p50 ?? Number.NaN)} | ${fmt(row.quote?.p99 ?? Number.NaN)} |`,
  );
}
print();

// Start-up and the bot process
const coldNode = await medianColdStart(process.execPath, MAIN);
const coldNpm = await medianColdStart("npm", ["start", "--silent"]);
const coldSources = await medianColdStart(process.execPath, MAIN_FROM_SOURCES);
print("## Start-up and the bot process");
print();
print(
  `- Console cold start, process start → first answer: ${fmt(coldNode)} ms (node, as \`npm start\` runs it), ${fmt(coldNpm)} ms through \`npm start\` (npm itself adds the difference); ${fmt(coldSources)} ms from the sources under tsx, without the bundle. Median of 3.`,
);
const levels = [1, 10, 100];
const perLevel = quick ? 150 : 1_500;
// Our bot and the floor (a trivial discord.js bot) side by side, taking turns, in the same run.
const [bot, floor] = await compareLoad(levels, perLevel, quick ? 2_000 : 20_000);
print(
  `- Bot process (\`node ${START_FLAGS.join(" ")}\`, as \`npm start\` runs it) RSS with the corpus loaded and connected: ${fmt(bot.rssReadyMb)} MB; after the warm-up and the load below: ${fmt(bot.rssAfterLoadMb)} MB (the floor: ${fmt(floor.rssReadyMb)} and ${fmt(floor.rssAfterLoadMb)} MB).`,
);
print(
  `- RSS as the bot goes on answering (${bot.soak.at(-1)?.interactions ?? 0} more interactions from 2,000 users, 50 at a time, each answer kept for its buttons): ${bot.soak.map((c) => `${fmt(c.rssMb)} MB after ${c.interactions}`).join(", ")}.`,
);
print();
print(
  "Through the local fake Discord (each bot in its own process with its own fake Discord; both warmed up with 300 interactions, then at each level three rounds, ours and the floor taking turns; interactions/s is the median round's; latency = dispatch → interaction callback received, over all rounds):",
);
print();
printLoad(bot.load);
print(
  'The floor: trivial discord.js bot (/ping), same run, in turns with ours (bench/trivial-bot.ts: the same client options shape, `interaction.reply({ content: "pong" })`; same node flags, levels and count):',
);
print();
printLoad(floor.load);
const ratio = (i: number) => (bot.load[i]?.perSecond ?? 0) / (floor.load[i]?.perSecond ?? 1);
print(
  `Ours against the floor: ${levels.map((c, i) => `${(100 * ratio(i)).toFixed(0)}% of its rate at ${c} concurrent`).join(", ")}; p50 at 1 concurrent ${fmt((bot.load[0]?.p50Ms ?? 0) / (floor.load[0]?.p50Ms ?? 1), 1)}× the floor's.`,
);
print();
const buildArticles = quick ? 100 : 1_000;
const build = await buildMemory([fixtureArticle("seed"), fixtureArticle("fiction")], buildArticles);
print(
  `- \`build-index\` (\`npm run cli\`, its own process) on ${build.articles} growth articles cut to real articles' size (${build.passages} passages, ${fmt(build.corpusMb, 1)} MB of corpus files): peak RSS ${fmt(build.peakRssMb)} MB, ${fmt(build.ms / 1000, 1)} s.`,
);
print();

// Growth
const sizes = quick ? [1, 10, 100] : [1, 10, 100, 1000];
const rows = await growth([fixtureArticle("seed"), fixtureArticle("fiction")], sizes);
print("## Growth (synthetic corpora from the fixture articles, people renamed in every article)");
print();
print(
  "| articles | passages | speakers | build ms | warm start ms | heap MB | ask p50 µs | ask p99 µs | quote p50 µs | quote p99 µs | section p50 µs | section p99 µs |",
);
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows)
  print(
    `| ${r.articles} | ${r.passages} | ${r.speakers} | ${fmt(r.buildMs)} | ${fmt(r.warmStartMs)} | ${fmt(r.heapMb, 1)} | ${fmt(r.askP50Us)} | ${fmt(r.askP99Us)} | ${fmt(r.quoteP50Us)} | ${fmt(r.quoteP99Us)} | ${fmt(r.sectionP50Us)} | ${fmt(r.sectionP99Us)} |`,
  );
print();
print(
  "Reading the curve: build time and memory grow linearly with the passages (quote extraction is most of the build); " +
    "warm start is the same engine restored from the engine cache (ENGINE_CACHE_DIR), which start-up uses when it fits; " +
    "query time grows with the passages a query's terms occur in. The synthetic corpus is the worst case for that: " +
    "every article is a reshuffle of the same two, so every term occurs in half of all passages.",
);
print();

const results = {
  date: new Date().toISOString(),
  machine,
  quality,
  answers,
  speed,
  coldStartMs: { node: coldNode, npm: coldNpm, sources: coldSources },
  bot,
  floor,
  build,
  growth: rows,
};
writeFileSync(new URL("results.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
if (process.argv.includes("--readme")) {
  const readme = new URL("../README.md", import.meta.url);
  const text = readFileSync(readme, "utf8");
  const block = `<!-- bench:start -->\n${out.join("\n")}\n<!-- bench:end -->`;
  writeFileSync(readme, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
}
