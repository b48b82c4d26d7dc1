// The HTTP side of the fake: one node:http server on 127.0.0.1 that serves the REST API under /api/v10,
// records every request, applies injected faults, and hands WebSocket upgrades to the gateway.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { discordError, notFound, unauthorized } from "./errors.ts";
import { type FaultInjector, faultResponse } from "./faults.ts";
import type { ResponseHolds } from "./holds.ts";
import { BodyDecodeError, type DecodedBody, readBody } from "./http-body.ts";
import { matchRoute, type Route, type RouteResponse } from "./router.ts";
import type { RecordedRequest } from "./types.ts";
import type { ChangeSignal } from "./waiting.ts";

const API_PREFIX = "/api/v10";

/** What the REST server needs from the rest of the fake. */
export interface RestServerOptions {
  routes: Route[];
  /** Routes outside the API prefix, like Discord's CDN (attachments); never need the bot token. */
  cdnRoutes?: Route[];
  token: string;
  faults: FaultInjector;
  holds: ResponseHolds;
  signal: ChangeSignal;
  onUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
}

/** Serves and records REST requests. */
export class RestServer {
  readonly requests: RecordedRequest[] = [];
  /** Exceptions thrown by the fake's own handlers (answered with 500); a non-empty list is a bug in the fake. */
  readonly internalErrors: Error[] = [];
  readonly #options: RestServerOptions;
  readonly #server: Server;

  constructor(options: RestServerOptions) {
    this.#options = options;
    this.#server = createServer((request, response) => {
      this.#serve(request, response).catch((error: unknown) => {
        this.internalErrors.push(error instanceof Error ? error : new Error(String(error)));
        if (!response.headersSent)
          this.#write(response, discordError(500, 0, `fake-discord bug: ${error}`), undefined);
        this.#options.signal.notify();
      });
    });
    this.#server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if ((request.url ?? "").startsWith("/api")) socket.destroy();
      else options.onUpgrade(request, socket, head);
    });
  }

  /** Starts listening on a random port of 127.0.0.1 and returns the port. */
  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(0, "127.0.0.1", () => resolve());
    });
    return (this.#server.address() as AddressInfo).port;
  }

  /** Stops the server, cutting keep-alive connections that discord.js's HTTP client would otherwise hold open. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    // discord.js percent-encodes segments such as `@original` and `@me`; tests and routes see them decoded.
    const pathname = decodePath(url.pathname);
    const versioned = pathname.startsWith(`${API_PREFIX}/`);
    let decoded: DecodedBody = { body: undefined, files: [] };
    let decodeError: string | undefined;
    try {
      decoded = await readBody(request);
    } catch (error) {
      if (!(error instanceof BodyDecodeError)) throw error;
      decodeError = error.message;
    }
    const recorded: RecordedRequest = {
      method: request.method ?? "GET",
      path: versioned ? pathname.slice(API_PREFIX.length) : pathname,
      query: Object.fromEntries(url.searchParams),
      body: decoded.body,
      files: decoded.files,
      headers: request.headers,
      time: Date.now(),
      status: 0,
      injectedFault: false,
      routed: false,
    };
    const match = versioned
      ? matchRoute(this.#options.routes, recorded.method, recorded.path)
      : matchRoute(this.#options.cdnRoutes ?? [], recorded.method, recorded.path);
    recorded.routed = match !== undefined;
    const fault = this.#options.faults.take(recorded);
    let answer: RouteResponse;
    if (fault) {
      recorded.injectedFault = true;
      answer = faultResponse(fault);
    } else if (decodeError !== undefined) {
      answer = discordError(400, 50109, decodeError);
    } else if (!match) {
      answer = notFound();
    } else if (match.route.auth && request.headers.authorization !== `Bot ${this.#options.token}`) {
      answer = unauthorized();
    } else {
      answer = match.route.handle({ params: match.params, request: recorded });
    }
    recorded.status = answer.status;
    this.requests.push(recorded);
    const hold = this.#options.holds.take(recorded);
    if (hold) {
      this.#options.signal.notify();
      // The action's failure reaches the test through holdResponse's promise; the bot still gets its answer.
      await hold(recorded);
    }
    this.#write(response, answer, match?.route);
    this.#options.signal.notify();
  }

  #write(response: ServerResponse, answer: RouteResponse, matched: Route | undefined): void {
    const headers: Record<string, string> = { ...answer.headers };
    if (matched?.auth && answer.status < 300) {
      // Healthy per-route bucket headers, as Discord sends on every authenticated call.
      const bucket = createHash("sha1")
        .update(`${matched.method} ${matched.pattern}`)
        .digest("hex")
        .slice(0, 32);
      Object.assign(headers, {
        "x-ratelimit-bucket": bucket,
        "x-ratelimit-limit": "50",
        "x-ratelimit-remaining": "49",
        "x-ratelimit-reset-after": "1",
        "x-ratelimit-reset": String((Date.now() + 1000) / 1000),
      });
    }
    if (answer.raw) {
      headers["content-type"] = answer.raw.contentType;
      response.writeHead(answer.status, headers).end(answer.raw.bytes);
      return;
    }
    if (answer.body === undefined) {
      response.writeHead(answer.status, headers).end();
      return;
    }
    headers["content-type"] = "application/json";
    response.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
  }
}

function decodePath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}
