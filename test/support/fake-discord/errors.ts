// Discord-shaped error answers. Bots branch on `code` (e.g. 10062 Unknown interaction), so the fake
// returns the real codes and messages rather than generic HTTP errors.
import type { RouteResponse } from "./router.ts";

/** Builds a JSON error response `{ message, code }` like Discord's. */
export function discordError(status: number, code: number, message: string, errors?: unknown): RouteResponse {
  return { status, body: errors === undefined ? { message, code } : { message, code, errors } };
}

/** The error for a route the fake does not implement (Discord answers unknown routes the same way). */
export const notFound = (): RouteResponse => discordError(404, 0, "404: Not Found");
/** The error for a missing or wrong bot token. */
export const unauthorized = (): RouteResponse => discordError(401, 0, "401: Unauthorized");
/** The error for an interaction id/token that does not exist or whose 3 s response window passed. */
export const unknownInteraction = (): RouteResponse => discordError(404, 10062, "Unknown interaction");
/** The error for a second initial response to one interaction. */
export const alreadyAcknowledged = (): RouteResponse =>
  discordError(400, 40060, "Interaction has already been acknowledged.");
/** The error for a webhook (interaction token) the fake does not know. */
export const unknownWebhook = (): RouteResponse => discordError(404, 10015, "Unknown Webhook");
/** The error for a message id the fake does not know. */
export const unknownMessage = (): RouteResponse => discordError(404, 10008, "Unknown Message");
/** The error for a channel id the fake does not know. */
export const unknownChannel = (): RouteResponse => discordError(404, 10003, "Unknown Channel");
/** The error for a user id the fake does not know. */
export const unknownUser = (): RouteResponse => discordError(404, 10013, "Unknown User");
/** The error for a guild id the fake does not know. */
export const unknownGuild = (): RouteResponse => discordError(404, 10004, "Unknown Guild");
/** The error for a message with no content, embeds, components, files or poll. */
export const emptyMessage = (): RouteResponse => discordError(400, 50006, "Cannot send an empty message");

/** Collects field errors into Discord's nested `errors` object (`{ field: { _errors: [...] } }`). */
export class FormErrors {
  readonly #root: Record<string, unknown> = {};
  #count = 0;

  /** Records one error at a path such as `["data", "embeds", 0, "description"]`. */
  add(path: (string | number)[], code: string, message: string): void {
    let node = this.#root;
    for (const key of path) {
      node[String(key)] ??= {};
      node = node[String(key)] as Record<string, unknown>;
    }
    node._errors ??= [];
    (node._errors as { code: string; message: string }[]).push({ code, message });
    this.#count++;
  }

  /** True when no error was recorded. */
  get empty(): boolean {
    return this.#count === 0;
  }

  /** The 400 Invalid Form Body response carrying the recorded errors. */
  response(): RouteResponse {
    return discordError(400, 50035, "Invalid Form Body", this.#root);
  }
}
