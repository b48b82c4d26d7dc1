/**
 * For large installs: discord.js's ShardingManager runs one bot process per shard. Each child
 * starts as `npm start` does (bin/start.js, from the bundle the parent made) and discord.js hands
 * it its shard ids through the environment (SHARDING_MANAGER, SHARDS, SHARD_COUNT).
 */
import { fileURLToPath } from "node:url";
import { ShardingManager } from "discord.js";
import type { Logger } from "../logger.ts";
import { FATAL_EXIT_CODE } from "./health.ts";

/** True inside a process the ShardingManager spawned. */
export function isShardChild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHARDING_MANAGER === "true";
}

/** The first shard id the ShardingManager gave this process (its SHARDS variable), 0 outside one. */
export function shardId(env: NodeJS.ProcessEnv = process.env): number {
  return isShardChild(env) ? Number.parseInt(env.SHARDS ?? "", 10) || 0 : 0;
}

/** Spawns the shards and keeps them running; `shards` is "auto" (ask Discord) or a count. */
export async function runShards(token: string, shards: string, logger: Logger): Promise<void> {
  const manager = new ShardingManager(fileURLToPath(new URL("../../bin/start.js", import.meta.url)), {
    token,
    totalShards: shards === "auto" ? "auto" : Number(shards),
    // The same flags as `npm start` (package.json; README, "Memory"): a 16 MB young generation and
    // an old generation grown by a quarter at a time, which keep a busy bot's RSS flat.
    execArgv: ["--max-semi-space-size=16", "--heap-growing-percent=25"],
  });
  manager.on("shardCreate", (shard) => {
    logger.info({ shard: shard.id }, "shard launched");
    // A shard that stopped on a fatal close would only be refused again: stop them all.
    shard.on("death", (child) => {
      if ("exitCode" in child && child.exitCode === FATAL_EXIT_CODE) {
        logger.error(
          { shard: shard.id },
          "a shard stopped on a fatal gateway close (see its line); stopping",
        );
        process.exit(FATAL_EXIT_CODE);
      }
    });
  });
  await manager.spawn();
}
