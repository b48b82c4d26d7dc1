/** Where the bot can be installed and used, and the install links the README gives. */
import { readFileSync } from "node:fs";
import { PermissionFlagsBits, PermissionsBitField } from "discord.js";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/registry.ts";
import { registrationData } from "../../src/discord/command-data.ts";
import { INVITE_PERMISSIONS, installLinks } from "../../src/discord/install.ts";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("the install links", () => {
  it("are the ones the README gives, for a server and for an account", () => {
    const links = installLinks("YOUR_APPLICATION_ID");
    expect(README).toContain(links.guild);
    expect(README).toContain(links.user);
    expect(links.user).not.toMatch(/permissions=|scope=bot/);
  });

  it("ask a server for what the bot answers with, threads and ⏳ reactions included, and nothing more", () => {
    expect(new PermissionsBitField(INVITE_PERMISSIONS).toArray().sort()).toEqual(
      [
        "AddReactions",
        "EmbedLinks",
        "ReadMessageHistory",
        "SendMessages",
        "SendMessagesInThreads",
        "ViewChannel",
      ].sort(),
    );
    expect(installLinks("1").guild).toContain(`permissions=${INVITE_PERMISSIONS}`);
    expect(INVITE_PERMISSIONS & PermissionFlagsBits.ManageMessages).toBe(0n);
  });
});

describe("every registered command", () => {
  it("can be installed to a server or an account and used everywhere, but /article only in a server that installed the bot", () => {
    const all = registrationData(COMMANDS);
    for (const command of all.filter((c) => c.name !== "article")) {
      expect(command.integration_types, command.name).toEqual([0, 1]);
      expect(command.contexts, command.name).toEqual([0, 1, 2]);
    }
    const article = all.find((c) => c.name === "article");
    expect(article?.integration_types).toEqual([0]);
    expect(article?.contexts).toEqual([0]);
  });
});
