// A tiny path router: Discord's REST surface is a fixed set of `/segment/:param` patterns, so a segment
// matcher is all the fake needs and keeps route tables readable.
import type { RecordedRequest } from "./types.ts";

/** What a route handler returns; the server turns it into an HTTP response. */
export interface RouteResponse {
  status: number;
  /** JSON-serialised when present; absent means an empty body (e.g. 204). */
  body?: unknown;
  /** Bytes sent as they are instead of a JSON body (the CDN's attachments). */
  raw?: { bytes: Buffer; contentType: string };
  headers?: Record<string, string>;
}

/** The arguments a route handler receives. */
export interface RouteRequest {
  params: Record<string, string>;
  request: RecordedRequest;
}

/** One REST endpoint of the fake. */
export interface Route {
  method: string;
  pattern: string;
  /** Whether the request must carry `Authorization: Bot <token>` (interaction and webhook routes do not). */
  auth: boolean;
  handle(request: RouteRequest): RouteResponse;
}

/** Declares a route; `auth` defaults to true because most Discord endpoints need the bot token. */
export function route(
  method: string,
  pattern: string,
  handle: (request: RouteRequest) => RouteResponse,
  options: { auth?: boolean } = {},
): Route {
  return { method, pattern, auth: options.auth ?? true, handle };
}

/** Finds the first route whose method and pattern match an already-decoded path, with its parameters. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  const segments = path.split("/").filter((segment) => segment !== "");
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const params = matchPattern(candidate.pattern, segments);
    if (params) return { route: candidate, params };
  }
  return undefined;
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = pattern.split("/").filter((part) => part !== "");
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? "";
    if (part.startsWith(":")) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}
