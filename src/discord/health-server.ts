/**
 * The operator's endpoints when HEALTH_PORT is set (I/O edge): GET /healthz answers 200 with a
 * JSON status while the gateway is connected and a corpus is loaded, else 503 with what is
 * missing; GET /metrics answers Prometheus's text format. Bound to HEALTH_HOST (127.0.0.1 unless
 * set), so nothing is exposed beyond the machine by default.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type Client, Status } from "discord.js";
import { ArticleBotError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { createPrometheusMetrics, type PrometheusMetrics } from "./metrics.ts";

/** What /healthz reports. */
export interface HealthStatus {
  readonly gatewayConnected: boolean;
  readonly articles: number;
}

/** A running health server. */
export interface HealthServer {
  /** `http://host:port`, the port chosen by the system when HEALTH_PORT was 0. */
  readonly url: string;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  readonly port: number;
  readonly host: string;
  /** Read at every request: the bot's state now. */
  readonly status: () => HealthStatus;
  readonly metrics: PrometheusMetrics;
  readonly logger: Logger;
}

/** Whether every shard of `client` has a live gateway session (false before login). */
export function gatewayConnected(client: Client | undefined): boolean {
  const shards = client ? [...client.ws.shards.values()] : [];
  return shards.length > 0 && shards.every((shard) => shard.status === Status.Ready);
}

/** Starts listening; rejects with a sentence naming HEALTH_PORT when the port cannot be had. */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const started = Date.now();
  const server = createServer((request, response) => {
    answer(request, response, options, started).catch((err: unknown) => {
      options.logger.error({ err, path: request.url }, "health endpoint failed");
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.listen(options.port, options.host);
  try {
    await Promise.race([once(server, "listening"), once(server, "error").then(([e]) => Promise.reject(e))]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EADDRINUSE" ? "is in use by another program" : `cannot be used (${code ?? error})`;
    throw new Error(
      `HEALTH_PORT ${options.port} on ${options.host} ${why}; choose another port, or leave HEALTH_PORT empty.`,
    );
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  options.logger.info({ url: `http://${host}:${port}` }, "health and metrics endpoints listening");
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  options: HealthServerOptions,
  started: number,
): Promise<void> {
  const path = (request.url ?? "/").split("?")[0];
  if (path !== "/healthz" && path !== "/metrics") return send(response, 404, "text/plain", "not found\n");
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("allow", "GET, HEAD");
    return send(response, 405, "text/plain", "only GET\n");
  }
  const status = options.status();
  if (path === "/metrics") {
    options.metrics.gateway(status.gatewayConnected);
    options.metrics.articles(status.articles);
    const text = await options.metrics.registry.metrics();
    return send(response, 200, options.metrics.registry.contentType, text, request.method === "HEAD");
  }
  const problems = [
    ...(status.gatewayConnected ? [] : ["the gateway is not connected"]),
    ...(status.articles > 0 ? [] : ["no corpus is loaded"]),
  ];
  const body = {
    status: problems.length === 0 ? "ok" : "unavailable",
    gateway: status.gatewayConnected ? "connected" : "disconnected",
    articles: status.articles,
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
    ...(problems.length > 0 ? { problems } : {}),
  };
  const code = problems.length === 0 ? 200 : 503;
  send(response, code, "application/json", `${JSON.stringify(body)}\n`, request.method === "HEAD");
}

function send(response: ServerResponse, status: number, type: string, body: string, headOnly = false): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(headOnly ? undefined : body);
}

/** The endpoints and metrics of a bot process, when the configuration asks for them. */
export interface OperatorEndpoints {
  readonly metrics: PrometheusMetrics;
  readonly server: HealthServer;
}

/**
 * Starts /healthz and /metrics on HEALTH_HOST:HEALTH_PORT, or nothing when HEALTH_PORT is unset.
 * A shard spawned by the ShardingManager listens on HEALTH_PORT + its shard id, so shards on one
 * machine do not compete for the port. A port that cannot be had is a configuration problem.
 */
export async function startOperatorEndpoints(
  config: { readonly HEALTH_PORT?: number | undefined; readonly HEALTH_HOST: string },
  commandNames: readonly string[],
  logger: Logger,
  status: () => HealthStatus,
  shardId = 0,
): Promise<OperatorEndpoints | undefined> {
  if (config.HEALTH_PORT === undefined) return undefined;
  const metrics = createPrometheusMetrics(commandNames);
  try {
    const port = config.HEALTH_PORT + shardId;
    const server = await startHealthServer({ port, host: config.HEALTH_HOST, status, metrics, logger });
    return { metrics, server };
  } catch (error) {
    throw new ArticleBotError("CONFIG", (error as Error).message);
  }
}
