/** The bot as a separate process, as `npm start` runs it: cold start, RSS, and load through the fake Discord. */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startFakeDiscord } from "../test/support/fake-discord/index.ts";
import { percentile } from "./stats.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** How `npm start` runs the bot (package.json): from the bundle bin/start.js makes. */
export const MAIN = ["--max-semi-space-size=64", "bin/start.js"];
/** The same sources run under tsx, as `npm start` does when no bundle can be made. */
export const MAIN_FROM_SOURCES = ["--max-semi-space-size=64", "--import", "tsx", "src/main.ts"];
/** The floor: a trivial discord.js bot answering `/ping` (bench/trivial-bot.ts). */
export const TRIVIAL_BOT = ["--max-semi-space-size=64", "--import", "tsx", "bench/trivial-bot.ts"];

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
  readonly command: (i: number) => { readonly name: string; readonly options?: Record<string, string> };
}

/** Our bot as `npm start` runs it, asked `/ask` with the questions in turn. */
export const OUR_BOT: BotUnderLoad = {
  args: MAIN,
  command: (i) => ({ name: "ask", options: { question: QUESTIONS[i % QUESTIONS.length] ?? "" } }),
};

/** The trivial discord.js bot, sent `/ping`. */
export const TRIVIAL: BotUnderLoad = { args: TRIVIAL_BOT, command: () => ({ name: "ping" }) };

/** Starts the bot process against a fake Discord, measures its RSS, then load at each concurrency. */
export async function botProcess(
  concurrencies: readonly number[],
  perLevel: number,
  soak = 0,
  bot: BotUnderLoad = OUR_BOT,
): Promise<BotProcessReport> {
  const fake = await startFakeDiscord({ waitTimeoutMs: 20_000 });
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, [...bot.args], {
      cwd: ROOT,
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
    const pid = child.pid ?? 0;
    const rssReadyMb = rssMb(pid);
    // Many users, as in a busy server: one user firing hundreds of commands would meet the rate limit.
    const users = Array.from({ length: 250 }, (_, i) => fake.makeUser({ username: `reader${i}` }));
    let sent = 0;
    const load: LoadRow[] = [];
    for (const concurrency of concurrencies) {
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      const worker = async () => {
        while (next < perLevel) {
          const i = next++;
          const t0 = performance.now();
          const user = users[sent++ % users.length];
          const handle = await fake.sendSlashCommand({ ...bot.command(i), ...(user ? { user } : {}) });
          await handle.waitForResponse(20_000);
          latencies.push(performance.now() - t0);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      const seconds = (performance.now() - started) / 1000;
      load.push({
        concurrency,
        interactions: perLevel,
        perSecond: perLevel / seconds,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
      });
    }
    const rssAfterLoadMb = rssMb(pid);
    // A long run: many users, each answer kept for its buttons, some of them turned.
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
    return { rssReadyMb, rssAfterLoadMb, load, soak: checkpoints };
  } finally {
    child?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));
    await fake.close();
  }
}
