// Fault injection: `failNext` queues a failure that the server applies to the next matching request
// instead of routing it, so tests can exercise discord.js's rate-limit and error handling.
import type { RouteResponse } from "./router.ts";
import type { Fault, IncomingRequest, RateLimitFault, RequestMatcher } from "./types.ts";

interface PendingFault {
  matcher: RequestMatcher;
  fault: Fault;
  remaining: number;
}

/** Returns whether a request satisfies a matcher. */
export function matchesRequest(matcher: RequestMatcher, request: IncomingRequest): boolean {
  if (typeof matcher === "function") return matcher(request);
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== request.method) return false;
  return typeof matcher.path === "string" ? matcher.path === request.path : matcher.path.test(request.path);
}

/** Holds the faults tests queued and hands them out to matching requests. */
export class FaultInjector {
  readonly #pending: PendingFault[] = [];

  /** Queues a fault for the next `fault.times ?? 1` requests that match. */
  add(matcher: RequestMatcher, fault: Fault): void {
    const times = fault.times ?? 1;
    if (!(times >= 1)) throw new Error(`failNext: times must be at least 1, got ${times}`);
    this.#pending.push({ matcher, fault, remaining: times });
  }

  /** Consumes and returns the first queued fault that matches the request, if any. */
  take(request: IncomingRequest): Fault | undefined {
    const index = this.#pending.findIndex((pending) => matchesRequest(pending.matcher, request));
    const pending = this.#pending[index];
    if (!pending) return undefined;
    pending.remaining--;
    if (pending.remaining <= 0) this.#pending.splice(index, 1);
    return pending.fault;
  }

  /** Number of queued faults that have not fired yet (a test can assert it reached 0). */
  get pendingCount(): number {
    return this.#pending.length;
  }
}

/** Builds the HTTP answer for a fault, with the headers discord.js reads to decide whether and when to retry. */
export function faultResponse(fault: Fault): RouteResponse {
  if (fault.status === 429) return rateLimitResponse(fault as RateLimitFault);
  const message =
    "message" in fault && fault.message !== undefined ? fault.message : defaultMessage(fault.status);
  return { status: fault.status, body: { message, code: "code" in fault ? (fault.code ?? 0) : 0 } };
}

function rateLimitResponse(fault: RateLimitFault): RouteResponse {
  const retryAfter = fault.retryAfter ?? 0;
  const global = fault.global ?? false;
  const headers: Record<string, string> = {
    // @discordjs/rest only reads the header (seconds, fractions allowed); the body is for completeness.
    "retry-after": String(retryAfter),
    "x-ratelimit-scope": fault.scope ?? (global ? "global" : "user"),
  };
  if (global) {
    headers["x-ratelimit-global"] = "true";
  } else {
    // A per-route limit also reports the exhausted bucket, which discord.js uses to wait before retrying.
    headers["x-ratelimit-limit"] = "5";
    headers["x-ratelimit-remaining"] = "0";
    headers["x-ratelimit-reset-after"] = String(retryAfter);
    headers["x-ratelimit-reset"] = String((Date.now() + retryAfter * 1000) / 1000);
  }
  return {
    status: 429,
    headers,
    body: { message: "You are being rate limited.", retry_after: retryAfter, global },
  };
}

function defaultMessage(status: number): string {
  const texts: Record<number, string> = {
    400: "400: Bad Request",
    401: "401: Unauthorized",
    403: "403: Forbidden",
    404: "404: Not Found",
    500: "500: Internal Server Error",
    502: "502: Bad Gateway",
    503: "503: Service Unavailable",
  };
  return texts[status] ?? `${status}: Error`;
}
