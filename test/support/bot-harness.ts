/** Starts the real bot (startBot, real discord.js client) against a local fake Discord, capturing its logs. */
import { Writable } from "node:stream";
import { ComponentType, MessageFlags, REST, Routes } from "discord.js";
import { COMMANDS } from "../../commands/registry.ts";
import { type BotOptions, type RunningBot, startBot } from "../../src/discord/bot.ts";
import { registrationData } from "../../src/discord/command-data.ts";
import type { Engine } from "../../src/engine/engine.ts";
import { createLogger } from "../../src/logger.ts";
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  type FakeMessage,
  startFakeDiscord,
} from "./fake-discord/index.ts";

export interface Harness {
  readonly fake: FakeDiscord;
  readonly bot: RunningBot;
  /** Every log line the bot wrote, parsed. */
  readonly logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** A fake Discord and the bot logged in to it, ready to receive interactions. */
export async function startHarness(
  engine: Engine,
  options: Partial<Omit<BotOptions, "token" | "logger" | "apiUrl">> & { fake?: FakeDiscordOptions } = {},
): Promise<Harness> {
  const fake = await startFakeDiscord(options.fake);
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const { fake: _fakeOptions, ...botOptions } = options;
  // Registered as deploy-commands would, so the fake types options (users for `for`) like Discord.
  await new REST({ api: fake.apiUrl })
    .setToken(fake.token)
    .put(Routes.applicationCommands(fake.applicationId), {
      body: registrationData(COMMANDS),
    });
  const bot = await startBot(engine, {
    ...botOptions,
    token: fake.token,
    apiUrl: fake.apiUrl,
    logger: createLogger("debug", sink),
  });
  return {
    fake,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** Whether only the user who triggered it sees the message. */
export function isEphemeral(message: FakeMessage): boolean {
  return ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

export interface SentButton {
  readonly custom_id: string;
  readonly label: string;
  readonly disabled?: boolean;
}

/** The buttons of a message, in order, across its action rows. */
export function buttonsOf(message: FakeMessage): SentButton[] {
  const rows = (message.components ?? []) as unknown as { components?: { type: number }[] }[];
  return rows
    .flatMap((row) => row.components ?? [])
    .filter((c) => c.type === ComponentType.Button) as unknown as SentButton[];
}

/** A rate limit no test reaches, for tests that send many commands as one user. */
export const NO_RATE_LIMIT = { capacity: 1_000, refillMs: 1 } as const;
