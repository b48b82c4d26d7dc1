/**
 * HEALTH_PORT on `npm start`'s process (bin/start.js) against the fake Discord: GET /healthz is 200
 * with a JSON status while the gateway is connected and the corpus loaded, 503 while it is not;
 * GET /metrics counts commands by name with their latency, in Prometheus's format.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { formatArticle } from "../../src/corpus/markdown.ts";
import { botEnv, runToExit } from "../support/bot-process.ts";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord/index.ts";
import { fixtureArticle, tempCorpus } from "../support/fixtures.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let child: ChildProcess | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  child?.kill();
  await fake?.close();
  fake = undefined;
});

/** Starts bin/start.js with HEALTH_PORT=0 (any free port); resolves with the URL its log line names. */
async function startBotWithHealth(
  env: Record<string, string> = {},
): Promise<{ url: string; exit: Promise<number | null> }> {
  child = spawn(process.execPath, ["bin/start.js"], {
    cwd: ROOT,
    env: { ...botEnv(fake?.token ?? "", fake?.apiUrl, "info"), HEALTH_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const running = child;
  const exit = once(running, "exit").then(([code]) => code as number | null);
  let buffered = "";
  const url = new Promise<string>((resolve, reject) => {
    running.stdout?.on("data", (chunk) => {
      buffered += String(chunk);
      const found = /"url":"(http:\/\/[^"]+)".*health and metrics endpoints listening/.exec(buffered);
      if (found?.[1]) resolve(found[1]);
    });
    exit.then((code) => reject(new Error(`the bot exited ${code} before listening`)));
  });
  return { url: await url, exit };
}

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
};

/** The value of one sample line of a Prometheus exposition, e.g. `name{label="x"}`. */
function sample(exposition: string, series: string): number | undefined {
  const line = exposition.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("HEALTH_PORT on a running bot", () => {
  it("GIVEN the bot connected THEN /healthz is 200 with its status, bound to 127.0.0.1", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    const { url } = await startBotWithHealth();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await fake.waitForReady(30_000);
    await expect.poll(async () => (await get(`${url}/healthz`)).status, { timeout: 20_000 }).toBe(200);
    const health = await get(`${url}/healthz`);
    expect(health.type).toBe("application/json");
    expect(JSON.parse(health.text)).toEqual({
      status: "ok",
      gateway: "connected",
      articles: 1,
      uptimeSeconds: expect.any(Number),
    });
  }, 60_000);

  it("WHEN commands are answered THEN /metrics counts them by name, with their latency, errors, reloads and articles", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    const { url } = await startBotWithHealth();
    await fake.waitForReady(30_000);
    for (const name of ["help", "sections", "sections"])
      await (await fake.sendSlashCommand({ name })).waitForReply(() => true, 30_000);
    const metrics = await get(`${url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const m = metrics.text;
    expect(sample(m, 'article_bot_interactions_total{kind="command",command="help"}')).toBe(1);
    expect(sample(m, 'article_bot_interactions_total{kind="command",command="sections"}')).toBe(2);
    expect(
      sample(m, 'article_bot_interaction_duration_seconds_count{kind="command",command="sections"}'),
    ).toBe(2);
    expect(
      sample(
        m,
        'article_bot_interaction_duration_seconds_bucket{le="+Inf",kind="command",command="sections"}',
      ),
    ).toBe(2);
    expect(m).toContain("# TYPE article_bot_interaction_errors_total counter");
    expect(sample(m, 'article_bot_corpus_reloads_total{outcome="failed"}')).toBe(0);
    expect(sample(m, "article_bot_articles")).toBe(1);
    expect(sample(m, "article_bot_gateway_connected")).toBe(1);
    expect(sample(m, "article_bot_process_resident_memory_bytes")).toBeGreaterThan(0);
  }, 60_000);

  it("WHEN an article is dropped into the corpus folder THEN /metrics counts the reload and the articles now served", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    const corpus = tempCorpus(["seed"]);
    const { url } = await startBotWithHealth({ CORPUS_DIR: corpus, ENGINE_CACHE_DIR: "off" });
    await fake.waitForReady(30_000);
    const article = fixtureArticle("fiction");
    writeFileSync(join(corpus, `${article.id}.md`), formatArticle(article));
    await expect
      .poll(async () => sample((await get(`${url}/metrics`)).text, "article_bot_articles"), {
        timeout: 30_000,
      })
      .toBe(2);
    const m = (await get(`${url}/metrics`)).text;
    expect(sample(m, 'article_bot_corpus_reloads_total{outcome="ok"}')).toBe(1);
    expect(JSON.parse((await get(`${url}/healthz`)).text)).toMatchObject({ articles: 2 });
  }, 60_000);

  it("WHILE the bot is still connecting THEN /healthz is 503 saying so, and 200 once it is connected", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    // Discord makes the gateway lookup wait (429), so the bot is up but not yet connected for a while.
    fake.failNext({ method: "GET", path: /\/gateway\/bot$/ }, { status: 429, retryAfter: 5 });
    const { url } = await startBotWithHealth();
    const connecting = await get(`${url}/healthz`);
    expect(connecting.status).toBe(503);
    expect(JSON.parse(connecting.text)).toMatchObject({
      status: "unavailable",
      gateway: "disconnected",
      articles: 1,
      problems: ["the gateway is not connected"],
    });
    await expect.poll(async () => (await get(`${url}/healthz`)).status, { timeout: 30_000 }).toBe(200);
  }, 60_000);

  it("GIVEN HEALTH_PORT in use THEN start-up stops with one line naming it (exit 1)", async () => {
    const taken = createServer().listen(0, "127.0.0.1");
    await once(taken, "listening");
    const { port } = taken.address() as { port: number };
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    const { code, stderr } = await runToExit(["bin/start.js"], {
      ...botEnv(fake.token, fake.apiUrl, "info"),
      HEALTH_PORT: String(port),
    });
    taken.close();
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `HEALTH_PORT ${port} on 127.0.0.1 is in use by another program; choose another port, or leave HEALTH_PORT empty.`,
    );
  }, 60_000);
});
