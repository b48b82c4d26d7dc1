/** Configuration from the environment (and `.env`), validated with zod; problems become sentences. */
import { existsSync } from "node:fs";
import { z } from "zod";
import { ArticleBotError } from "./errors.ts";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const snowflake = z
  .string()
  .regex(/^\d{17,20}$/, "must be a Discord id (17–20 digits; copy it from the Developer Portal)");

const kilobytes = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,6}$/, "must be a whole number of kilobytes, e.g. 256")
  .transform(Number);

const configSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .min(50, "looks too short for a bot token; copy it again from Developer Portal → Bot → Reset Token")
    .optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ error: "must be a URL such as http://127.0.0.1:8080/api (the REST base, without /v10)" })
    .refine((u) => !/\/v\d+\/?$/.test(u), "must not end in the API version (/v10): discord.js adds it")
    .optional(),
  CORPUS_DIR: z.string().min(1).default("corpus"),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ENGINE_CACHE_DIR: z.string().trim().min(1).default(".cache"),
  CORPUS_MAX_FILE_KB: kilobytes.optional(),
  CORPUS_MAX_FRONT_MATTER_KB: kilobytes.optional(),
  SHARDS: z
    .string()
    .regex(/^(auto|\d+)$/, 'must be "auto" or a number of shards')
    .optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Reads and validates the configuration; empty variables count as unset. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return validate(configSchema, env);
}

function validate<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${String(i.path[0] ?? "environment")} ${i.message}`);
  throw new ArticleBotError("CONFIG", `Configuration problem (see .env.example):\n- ${lines.join("\n- ")}`);
}

/** Loads `.env` from the working directory into process.env, if the file exists. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** The engine cache folder (ENGINE_CACHE_DIR, default `.cache`), or undefined when it is `off`. */
export function engineCacheDir(config: Pick<Config, "ENGINE_CACHE_DIR">): string | undefined {
  return config.ENGINE_CACHE_DIR.toLowerCase() === "off" ? undefined : config.ENGINE_CACHE_DIR;
}

/** The corpus size limits set in the environment (bytes); those not set keep the loader's defaults. */
export function corpusLimitsOf(config: Pick<Config, "CORPUS_MAX_FILE_KB" | "CORPUS_MAX_FRONT_MATTER_KB">): {
  maxFileBytes?: number;
  maxFrontMatterBytes?: number;
} {
  return {
    ...(config.CORPUS_MAX_FILE_KB ? { maxFileBytes: config.CORPUS_MAX_FILE_KB * 1024 } : {}),
    ...(config.CORPUS_MAX_FRONT_MATTER_KB
      ? { maxFrontMatterBytes: config.CORPUS_MAX_FRONT_MATTER_KB * 1024 }
      : {}),
  };
}

/** What the CLI and deploy-commands read of the corpus settings: the folder's limits and the engine cache. */
export type CorpusConfig = Pick<
  Config,
  "ENGINE_CACHE_DIR" | "CORPUS_MAX_FILE_KB" | "CORPUS_MAX_FRONT_MATTER_KB"
>;

/** Reads only what the CLI needs of the environment (it must not fail on an unrelated bad variable). */
export function readCliConfig(env: NodeJS.ProcessEnv = process.env): CorpusConfig {
  return validate(
    configSchema.pick({ ENGINE_CACHE_DIR: true, CORPUS_MAX_FILE_KB: true, CORPUS_MAX_FRONT_MATTER_KB: true }),
    env,
  );
}
