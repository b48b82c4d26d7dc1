/**
 * Why the bot (or deploy-commands) could not get going, as one line an operator can act on: a
 * token Discord refuses, Discord out of reach, or access the bot was not given. Each comes with
 * the exit status a supervisor reads (see FATAL_EXIT_CODE and NETWORK_EXIT_CODE).
 */
import { type Client, Events } from "discord.js";
import { FATAL_CLOSE_CODES, FATAL_EXIT_CODE } from "./health.ts";
import { INVITE_PERMISSION_NAMES, INVITE_PERMISSIONS, installLinks } from "./install.ts";

/**
 * The exit status when Discord cannot be reached: sysexits' EX_TEMPFAIL, a failure worth retrying
 * (systemd's `Restart=on-failure` starts the bot again), unlike EX_CONFIG's refusals.
 */
export const NETWORK_EXIT_CODE = 75;

/** A start-up failure explained: what happened, what to do, and how the process ends. */
export interface StartupFailure {
  readonly kind: "token" | "network" | "permissions";
  /** The whole log line: what happened, then "To fix: …". */
  readonly line: string;
  readonly fix: string;
  readonly exitCode: number;
}

const INVITE = installLinks("YOUR_APPLICATION_ID").guild;

const NETWORK_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_HEADERS_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
]);

/**
 * How many times in a row the gateway may fail to connect before the first READY. discord.js
 * retries forever, every half second or so; a session that never starts is a network (a firewall
 * letting HTTPS through but not the WebSocket, say), and waiting on would hide it.
 */
const MAX_ATTEMPTS_BEFORE_READY = 10;

/** The gateway could not be connected to at start-up (see watchStartup). */
export class GatewayUnreachableError extends Error {
  readonly code = "GATEWAY_UNREACHABLE";
  constructor(
    readonly url: string,
    readonly attempts: number,
  ) {
    super(`the gateway ${url} could not be connected to (${attempts} attempts)`);
    this.name = "GatewayUnreachableError";
  }
}

/**
 * Calls `onUnreachable` once when the gateway has failed to connect MAX_ATTEMPTS_BEFORE_READY
 * times before the client's first READY; after that, reconnects are health.ts's to log.
 */
export function watchStartup(client: Client, onUnreachable: (error: GatewayUnreachableError) => void): void {
  let attempts = 0;
  let ready = false;
  client.once(Events.ClientReady, () => {
    ready = true;
  });
  client.on(Events.ShardReconnecting, () => {
    if (ready || ++attempts !== MAX_ATTEMPTS_BEFORE_READY) return;
    onUnreachable(new GatewayUnreachableError(client.ws.gateway ?? "(unknown)", attempts));
  });
}

/** The failure `error` stands for, or undefined when it is none of the known kinds (a bug to report). */
export function startupFailure(error: unknown, apiUrl?: string): StartupFailure | undefined {
  const status = Number(text(error, "status"));
  const code = text(error, "code");
  if (code === "TokenInvalid" || status === 401) return tokenFailure();
  if (status === 403) return permissionFailure(Number(code));
  if (error instanceof GatewayUnreachableError) return gatewayFailure(error);
  const network = networkCode(error);
  if (network) return networkFailure(network, error, apiUrl);
  return undefined;
}

function gatewayFailure(error: GatewayUnreachableError): StartupFailure {
  const fix =
    "REST answered but the gateway's WebSocket did not: check that the firewall or proxy lets outgoing WebSocket connections through (wss://gateway.discord.gg, port 443); a supervisor will start the bot again.";
  return {
    kind: "network",
    fix,
    line: `Discord cannot be reached: the gateway (${error.url.replace(/\/$/, "")}) refused or dropped ${error.attempts} connections in a row before the bot was ready; the bot stops. To fix: ${fix}`,
    exitCode: NETWORK_EXIT_CODE,
  };
}

function tokenFailure(): StartupFailure {
  const fix = FATAL_CLOSE_CODES[4004]?.fix ?? "reset the bot token and put it in DISCORD_TOKEN.";
  return {
    kind: "token",
    fix,
    line: `Discord refused the bot token (401 Unauthorized); the bot stops. To fix: ${fix}`,
    exitCode: FATAL_EXIT_CODE,
  };
}

function permissionFailure(discordCode: number): StartupFailure {
  // 50001 Missing Access: not in that server, or invited without the scope for slash commands.
  const fix =
    discordCode === 50013
      ? `give the bot the permissions ${INVITE_PERMISSION_NAMES} (${INVITE_PERMISSIONS}), in the server's role settings or by inviting it again: ${INVITE}`
      : `invite the bot to the server with the applications.commands scope (replace the id): ${INVITE}; check that DISCORD_APPLICATION_ID and DISCORD_GUILD_ID belong to this bot and server.`;
  const what = discordCode === 50013 ? "Missing Permissions" : "Missing Access";
  return {
    kind: "permissions",
    fix,
    line: `Discord refused the request (403, ${what}${discordCode ? ` ${discordCode}` : ""}). To fix: ${fix}`,
    exitCode: FATAL_EXIT_CODE,
  };
}

function networkFailure(code: string, error: unknown, apiUrl: string | undefined): StartupFailure {
  const where = apiUrl ? `DISCORD_API_URL (${apiUrl})` : "discord.com";
  const host = text(error, "hostname") ?? text(prop(error, "cause"), "hostname");
  const what =
    code === "ENOTFOUND" || code === "EAI_AGAIN"
      ? `the name ${host ?? "of the server"} does not resolve (${code})`
      : code === "ECONNREFUSED"
        ? `the connection to ${where} was refused (${code})`
        : code === "AbortError"
          ? `${where} did not answer in time`
          : `the connection to ${where} failed (${code})`;
  const fix = apiUrl
    ? `check that DISCORD_API_URL points at a running proxy, or leave it empty to talk to Discord directly; then check the network.`
    : "check the machine's network, DNS and firewall (can it open https://discord.com/api/v10/gateway?); a supervisor will start the bot again.";
  return {
    kind: "network",
    fix,
    line: `Discord cannot be reached: ${what}; the bot stops. To fix: ${fix}`,
    exitCode: NETWORK_EXIT_CODE,
  };
}

/** The network error code of `error` or of its cause (fetch wraps it), or "AbortError" for a REST timeout. */
function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = prop(e, "cause"), depth++) {
    const code = text(e, "code");
    if (code && NETWORK_CODES.has(code)) return code;
    if (text(e, "name") === "AbortError") return "AbortError";
  }
  return undefined;
}

/** `value[key]` when `value` is an object that has it. */
function prop(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function text(value: unknown, key: string): string | undefined {
  const found = prop(value, key);
  return typeof found === "string" || typeof found === "number" ? String(found) : undefined;
}
