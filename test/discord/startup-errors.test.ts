/** What each start-up failure is called, as discord.js and Node raise them, and how the process ends. */
import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import { FATAL_EXIT_CODE } from "../../src/discord/health.ts";
import {
  GatewayUnreachableError,
  NETWORK_EXIT_CODE,
  startupFailure,
} from "../../src/discord/startup-errors.ts";

const apiError = (status: number, code: number, message: string) =>
  new DiscordAPIError({ code, message }, code, status, "PUT", "https://discord.com/api/v10/x", {
    body: undefined,
  });

const withCode = (message: string, code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { code, ...extra });

describe("startupFailure", () => {
  it("calls discord.js's TokenInvalid and any REST 401 a refused token, exit 78", () => {
    for (const error of [
      withCode("An invalid token was provided.", "TokenInvalid"),
      apiError(401, 0, "401: Unauthorized"),
    ]) {
      expect(startupFailure(error)).toEqual(
        expect.objectContaining({
          kind: "token",
          exitCode: FATAL_EXIT_CODE,
          line: expect.stringMatching(/Reset Token/),
        }),
      );
    }
  });

  it("tells Missing Access (50001) from Missing Permissions (50013), each with its fix", () => {
    expect(startupFailure(apiError(403, 50001, "Missing Access"))?.fix).toMatch(
      /applications\.commands scope/,
    );
    expect(startupFailure(apiError(403, 50013, "Missing Permissions"))?.fix).toMatch(
      /Send Messages, Send Messages in Threads, Embed Links, Read Message History and Add Reactions \(274877992000\)/,
    );
  });

  it("finds a network error in the error or in its cause (fetch wraps it), exit 75", () => {
    const wrapped = Object.assign(new TypeError("fetch failed"), {
      cause: withCode("getaddrinfo ENOTFOUND gateway.example", "ENOTFOUND", { hostname: "gateway.example" }),
    });
    expect(startupFailure(wrapped)).toEqual(
      expect.objectContaining({
        kind: "network",
        exitCode: NETWORK_EXIT_CODE,
        line: expect.stringMatching(/the name gateway\.example does not resolve \(ENOTFOUND\)/),
      }),
    );
    const refused = startupFailure(withCode("connect ECONNREFUSED", "ECONNREFUSED"));
    expect(refused?.line).toMatch(/the connection to discord\.com was refused/);
    expect(refused?.fix).toMatch(/network, DNS and firewall/);
  });

  it("calls a REST timeout (AbortError) Discord not answering in time", () => {
    const timeout = Object.assign(new Error("This operation was aborted"), { name: "AbortError" });
    expect(startupFailure(timeout, "http://127.0.0.1:9/api")?.line).toMatch(
      /DISCORD_API_URL \(http:\/\/127\.0\.0\.1:9\/api\) did not answer in time/,
    );
  });

  it("calls a gateway that never let the bot in a network problem, naming the WebSocket", () => {
    const failure = startupFailure(new GatewayUnreachableError("wss://gateway.example/", 10));
    expect(failure).toMatchObject({ kind: "network", exitCode: NETWORK_EXIT_CODE });
    expect(failure?.line).toMatch(
      /the gateway \(wss:\/\/gateway\.example\) refused or dropped 10 connections/,
    );
    expect(failure?.fix).toMatch(/outgoing WebSocket connections/);
  });

  it("leaves anything else alone (a bug, to be seen with its stack)", () => {
    expect(startupFailure(new TypeError("x is not a function"))).toBeUndefined();
    expect(startupFailure(apiError(500, 0, "Internal Server Error"))).toBeUndefined();
    expect(startupFailure("a string")).toBeUndefined();
  });
});
