/** Which permission a refused reply lacked, and the one log line per channel and permission. */
import { Writable } from "node:stream";
import { DiscordAPIError, PermissionFlagsBits, PermissionsBitField } from "discord.js";
import { describe, expect, it } from "vitest";
import {
  createPermissionLog,
  isPermissionRefusal,
  missingPermission,
} from "../../src/discord/permissions.ts";
import { createLogger } from "../../src/logger.ts";

const refusal = (code: number, message: string) =>
  new DiscordAPIError({ code, message }, code, 403, "POST", "/channels/1/messages", {});
// Administrator would grant everything, whatever else is missing.
const EVERY = PermissionsBitField.All & ~PermissionFlagsBits.Administrator;
const all = new PermissionsBitField(EVERY);
const without = (bit: bigint) => new PermissionsBitField(EVERY & ~bit);

describe("isPermissionRefusal", () => {
  it("is Discord's 50013 Missing Permissions and 50001 Missing Access, nothing else", () => {
    expect(isPermissionRefusal(refusal(50013, "Missing Permissions"))).toBe(true);
    expect(isPermissionRefusal(refusal(50001, "Missing Access"))).toBe(true);
    expect(isPermissionRefusal(refusal(10008, "Unknown Message"))).toBe(false);
    expect(isPermissionRefusal(new Error("Missing Permissions"))).toBe(false);
  });
});

describe("missingPermission", () => {
  it.each([
    [PermissionFlagsBits.ViewChannel, false, "ViewChannel"],
    [PermissionFlagsBits.SendMessages, false, "SendMessages"],
    [PermissionFlagsBits.SendMessagesInThreads, true, "SendMessagesInThreads"],
    [PermissionFlagsBits.EmbedLinks, false, "EmbedLinks"],
  ] as const)("names the permission the bot lacks (%s, in a thread: %s)", (bit, inThread, name) => {
    expect(missingPermission(without(bit), { inThread })).toBe(name);
  });

  it("asks for Read Message History only for replies to a message", () => {
    const granted = without(PermissionFlagsBits.ReadMessageHistory);
    expect(missingPermission(granted, { inThread: false, reply: true })).toBe("ReadMessageHistory");
    expect(missingPermission(granted, { inThread: false })).toBe("SendMessages");
  });

  it("falls back on what the error code points to when the permissions do not tell", () => {
    expect(missingPermission(null, { inThread: false, error: refusal(50001, "Missing Access") })).toBe(
      "ViewChannel",
    );
    expect(missingPermission(all, { inThread: true, error: refusal(50013, "Missing Permissions") })).toBe(
      "SendMessagesInThreads",
    );
  });
});

describe("createPermissionLog", () => {
  it("logs a channel and permission once, and each other pair once", () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const log = createPermissionLog(createLogger("info", sink));
    for (let i = 0; i < 5; i++) log.missing("c1", "SendMessages", "g1");
    log.missing("c1", "EmbedLinks", "g1");
    log.missing("c2", "SendMessages", "g1");
    expect(lines.map((l) => [l.channel, l.permission])).toEqual([
      ["c1", "Send Messages"],
      ["c1", "Embed Links"],
      ["c2", "Send Messages"],
    ]);
    expect(lines[0]?.msg).toMatch(/lacks the "Send Messages" permission there; a server admin must grant it/);
  });
});
