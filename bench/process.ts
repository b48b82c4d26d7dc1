/** The bot as a separate process, as `npm start` runs it: cold start, RSS, and load through the fake Discord. */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type FakeDiscord, startFakeDiscord } from "../test/support/fake-discord/index.ts";
import { percentile } from "./stats.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The node flags `npm start` runs with (package.json), so the bench measures what operators run. */
export const START_FLAGS: readonly string[] = (() => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith("--"));
})();
/** How `npm start` runs the bot (package.json): from the bundle bin/start.js makes. */
export const MAIN = [...START_FLAGS, "bin/start.js"];
/** The same sources run under tsx, as `npm start` does when no bundle can be made. */
export const MAIN_FROM_SOURCES = [...START_FLAGS, "--import", "tsx", "src/main.ts"];
/** The floor: a trivial discord.js bot answering `/ping` (bench/trivial-bot.ts), with the same flags. */
export const TRIVIAL_BOT = [...START_FLAGS, "--import", "tsx", "bench/trivial-bot.ts"];

/** Milliseconds from spawning `command` to its first byte of output, for a console question on stdin. */
export function coldStart(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: "" },
      stdio: ["pipe", "pipe", "ignore"],
    });
    child.stdout.once("data", () => {
      resolve(performance.now() - start);
      child.kill();
    });
    child.once("error", reject);
    child.stdin.end("/sections\n");
  });
}

/** The median of `runs` cold starts. */
export async function medianColdStart(command: string, args: readonly string[], runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await coldStart(command, args));
  return percentile(times, 50);
}

/** Resident memory of a process in MB, from /proc. */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

export interface LoadRow {
  readonly concurrency: number;
  readonly interactions: number;
  /** The median of the rounds' rates (rounds alternate with the other bot's, see `compareLoad`). */
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface BotProcessReport {
  readonly rssReadyMb: number;
  readonly rssAfterLoadMb: number;
  readonly load: readonly LoadRow[];
  /** RSS as a long run goes on: after each quarter of `soak` more interactions (commands, pages, passages in full). */
  readonly soak: readonly { readonly interactions: number; readonly rssMb: number }[];
}

/** How many concurrent interactions the soak keeps going, and how many distinct users send them. */
const SOAK_CONCURRENCY = 50;
const SOAK_USERS = 2_000;
/** Interactions each bot answers before the load is measured: the figures are for a running (hot) bot. */
const WARM_UP = 300;

const QUESTIONS = [
  "What do the Europeans demand?",
  "Gebiet",
  "ceasefire",
  "Trump",
  "Sicherheitsgarantien",
  "nuclear weapons",
];

/** What a load run spawns and sends: node arguments, and the slash command for the i-th interaction. */
export interface BotUnderLoad {
  readonly args: readonly string[];
  /** Where it runs (default: this checkout); another checkout's bot makes a before/after comparison. */
  readonly cwd?: string;
  readonly command: (i: number) => { readonly name: string; readonly options?: Record<string, string> };
}

/** Our bot as `npm start` runs it, asked `/ask` with the questions in turn. */
export const OUR_BOT: BotUnderLoad = {
  args: MAIN,
  command: (i) => ({ name: "ask", options: { question: QUESTIONS[i % QUESTIONS.length] ?? "" } }),
};

/** The trivial discord.js bot, sent `/ping`. */
export const TRIVIAL: BotUnderLoad = { args: TRIVIAL_BOT, command: () => ({ name: "ping" }) };

interface Running {
  readonly bot: BotUnderLoad;
  readonly fake: FakeDiscord;
  readonly child: ChildProcess;
  readonly pid: number;
  readonly users: readonly ReturnType<FakeDiscord["makeUser"]>[];
  sent: number;
}

/** Starts `bot` against a fake Discord of its own and waits until it is connected. */
async function start(bot: BotUnderLoad): Promise<Running> {
  const fake = await startFakeDiscord({ waitTimeoutMs: 20_000 });
  const child = spawn(process.execPath, [...bot.args], {
    cwd: bot.cwd ?? ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: "warn",
      SHARDS: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await fake.waitForReady(20_000);
  await new Promise((r) => setTimeout(r, 500));
  // Many users, as in a busy server: one user firing hundreds of commands would meet the rate limit.
  const users = Array.from({ length: 250 }, (_, i) => fake.makeUser({ username: `reader${i}` }));
  return { bot, fake, child, pid: child.pid ?? 0, users, sent: 0 };
}

async function stop(running: Running | undefined): Promise<void> {
  if (!running) return;
  running.child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 200));
  await running.fake.close();
}

/** `count` interactions at `concurrency`; their latencies (ms) and the rate. */
async function round(
  running: Running,
  concurrency: number,
  count: number,
): Promise<{ latencies: number[]; perSecond: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      const user = running.users[running.sent++ % running.users.length];
      const handle = await running.fake.sendSlashCommand({
        ...running.bot.command(i),
        ...(user ? { user } : {}),
      });
      await handle.waitForResponse(20_000);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, perSecond: count / ((performance.now() - started) / 1000) };
}

/** A long run: many users, each answer kept for its buttons; RSS after each quarter. */
async function soakRun(running: Running, soak: number): Promise<{ interactions: number; rssMb: number }[]> {
  const { fake, pid } = running;
  const readers = Array.from({ length: SOAK_USERS }, (_, i) => fake.makeUser({ username: `soak${i}` }));
  const checkpoints: { interactions: number; rssMb: number }[] = [];
  let done = 0;
  const soakWorker = async () => {
    while (done < soak) {
      const i = done++;
      const user = readers[i % readers.length];
      const handle = await fake.sendSlashCommand({
        name: i % 4 === 3 ? "section" : "ask",
        options: i % 4 === 3 ? { name: "Europeans" } : { question: QUESTIONS[i % QUESTIONS.length] ?? "" },
        ...(user ? { user } : {}),
      });
      await handle.waitForResponse(20_000);
      if ((i + 1) % Math.max(1, Math.floor(soak / 4)) === 0)
        checkpoints.push({ interactions: i + 1, rssMb: rssMb(pid) });
    }
  };
  await Promise.all(Array.from({ length: soak > 0 ? SOAK_CONCURRENCY : 0 }, soakWorker));
  return checkpoints;
}

/**
 * Our bot and the floor side by side: both started, warmed up, then at each concurrency `rounds`
 * rounds of `perLevel / rounds` interactions, the two bots taking turns, so that a neighbour's load
 * on a shared machine falls on both alike; then our bot's soak. Rates are the median round's,
 * latencies are over all rounds.
 */
export async function compareLoad(
  concurrencies: readonly number[],
  perLevel: number,
  soak: number,
  rounds = 3,
  bots: readonly [BotUnderLoad, BotUnderLoad] = [OUR_BOT, TRIVIAL],
): Promise<[BotProcessReport, BotProcessReport]> {
  const running: Running[] = [];
  try {
    for (const bot of bots) running.push(await start(bot));
    const rssReady = running.map((r) => rssMb(r.pid));
    for (const r of running) await round(r, 10, WARM_UP);
    const load: LoadRow[][] = running.map(() => []);
    for (const concurrency of concurrencies) {
      const samples = running.map(() => ({ latencies: [] as number[], rates: [] as number[] }));
      for (let k = 0; k < rounds; k++) {
        for (const [i, r] of running.entries()) {
          const result = await round(r, concurrency, Math.ceil(perLevel / rounds));
          samples[i]?.latencies.push(...result.latencies);
          samples[i]?.rates.push(result.perSecond);
        }
      }
      for (const [i, s] of samples.entries())
        load[i]?.push({
          concurrency,
          interactions: s.latencies.length,
          perSecond: percentile(s.rates, 50),
          p50Ms: percentile(s.latencies, 50),
          p99Ms: percentile(s.latencies, 99),
        });
    }
    const rssAfterLoad = running.map((r) => rssMb(r.pid));
    const ours = running[0] as Running;
    const checkpoints = await soakRun(ours, soak);
    const report = (i: number): BotProcessReport => ({
      rssReadyMb: rssReady[i] ?? 0,
      rssAfterLoadMb: rssAfterLoad[i] ?? 0,
      load: load[i] ?? [],
      soak: i === 0 ? checkpoints : [],
    });
    return [report(0), report(1)];
  } finally {
    for (const r of running) await stop(r);
  }
}
