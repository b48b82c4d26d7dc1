/** The operator endpoints on their own: status codes, bodies, methods and the metric labels. */
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../../src/discord/client.ts";
import {
  gatewayConnected,
  type HealthServer,
  type HealthStatus,
  startHealthServer,
} from "../../src/discord/health-server.ts";
import { createPrometheusMetrics } from "../../src/discord/metrics.ts";
import { createLogger } from "../../src/logger.ts";

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const COMMAND_NAMES = ["ask", "help"];

async function serve(status: () => HealthStatus, metrics = createPrometheusMetrics(COMMAND_NAMES)) {
  server = await startHealthServer({
    port: 0,
    host: "127.0.0.1",
    status,
    metrics,
    logger: createLogger("silent"),
  });
  return server.url;
}

describe("/healthz", () => {
  it("is 503 naming each thing missing: a client not logged in has no gateway, an empty corpus no articles", async () => {
    const client = createClient();
    const url = await serve(() => ({ gatewayConnected: gatewayConnected(client), articles: 0 }));
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "unavailable",
      gateway: "disconnected",
      articles: 0,
      problems: ["the gateway is not connected", "no corpus is loaded"],
    });
    await client.destroy();
  });

  it("answers HEAD with the status alone, other methods with 405 and other paths with 404", async () => {
    const url = await serve(() => ({ gatewayConnected: true, articles: 2 }));
    const head = await fetch(`${url}/healthz`, { method: "HEAD" });
    expect([head.status, await head.text()]).toEqual([200, ""]);
    const post = await fetch(`${url}/healthz`, { method: "POST" });
    expect([post.status, post.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/healthz?verbose=1`)).status).toBe(200);
  });
});

describe("/metrics", () => {
  it("counts failures apart, files unknown command names under one label, and counts reloads by outcome", async () => {
    const metrics = createPrometheusMetrics(COMMAND_NAMES);
    metrics.interaction({ kind: "command", command: "ask", seconds: 0.002, failed: false });
    metrics.interaction({ kind: "command", command: "ask", seconds: 0.004, failed: true });
    metrics.interaction({ kind: "command", command: "forged-name", seconds: 0.001, failed: false });
    metrics.interaction({ kind: "button", command: "page", seconds: 0.001, failed: false });
    metrics.reload("ok");
    const url = await serve(() => ({ gatewayConnected: false, articles: 3 }), metrics);
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toContain('article_bot_interactions_total{kind="command",command="ask"} 2');
    expect(text).toContain('article_bot_interaction_errors_total{kind="command",command="ask"} 1');
    expect(text).toContain('article_bot_interactions_total{kind="command",command="unknown"} 1');
    expect(text).not.toContain("forged-name");
    expect(text).toContain('article_bot_interactions_total{kind="button",command="page"} 1');
    expect(text).toContain(
      'article_bot_interaction_duration_seconds_sum{kind="command",command="ask"} 0.006',
    );
    expect(text).toContain('article_bot_corpus_reloads_total{outcome="ok"} 1');
    expect(text).toContain('article_bot_corpus_reloads_total{outcome="failed"} 0');
    expect(text).toContain("article_bot_articles 3");
    expect(text).toContain("article_bot_gateway_connected 0");
  });

  it("keeps each bot's metrics apart (a registry per instance, nothing global)", async () => {
    const one = createPrometheusMetrics(COMMAND_NAMES);
    const two = createPrometheusMetrics(COMMAND_NAMES);
    one.interaction({ kind: "command", command: "help", seconds: 0.001, failed: false });
    expect(await two.registry.metrics()).not.toContain('command="help"');
    expect(await one.registry.metrics()).toContain(
      'article_bot_interactions_total{kind="command",command="help"} 1',
    );
  });
});
