import { describe, expect, it } from "vitest";
import { engineCacheDir, readCliConfig, readConfig } from "../src/config.ts";

const TOKEN = `${"M".repeat(24)}.${"a".repeat(6)}.${"b".repeat(38)}`;

describe("configuration from the environment", () => {
  it("needs nothing for the console and fills in defaults", () => {
    expect(readConfig({})).toEqual({ CORPUS_DIR: "corpus", LOG_LEVEL: "info", ENGINE_CACHE_DIR: ".cache" });
  });

  it("keeps the engine cache in .cache unless ENGINE_CACHE_DIR names another folder or is off", () => {
    expect(engineCacheDir(readConfig({}))).toBe(".cache");
    expect(engineCacheDir(readConfig({ ENGINE_CACHE_DIR: "/var/cache/article-bot" }))).toBe(
      "/var/cache/article-bot",
    );
    expect(engineCacheDir(readConfig({ ENGINE_CACHE_DIR: "off" }))).toBeUndefined();
    expect(
      engineCacheDir(readCliConfig({ ENGINE_CACHE_DIR: "OFF", DISCORD_TOKEN: "too short" })),
    ).toBeUndefined();
  });

  it("treats empty variables as unset (as .env.example leaves them)", () => {
    expect(readConfig({ DISCORD_TOKEN: "", DISCORD_GUILD_ID: " " }).DISCORD_TOKEN).toBeUndefined();
  });

  it("accepts a complete bot configuration", () => {
    const config = readConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: "123456789012345678",
      DISCORD_API_URL: "http://127.0.0.1:8080/api",
      LOG_LEVEL: "debug",
    });
    expect(config.DISCORD_API_URL).toBe("http://127.0.0.1:8080/api");
  });

  it("explains every problem in a sentence that names the variable, without echoing the token", () => {
    let message = "";
    try {
      readConfig({
        DISCORD_TOKEN: "short-secret",
        DISCORD_APPLICATION_ID: "abc",
        DISCORD_API_URL: "http://x/api/v10",
        LOG_LEVEL: "loud",
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DISCORD_TOKEN looks too short for a bot token/);
    expect(message).toMatch(/DISCORD_APPLICATION_ID must be a Discord id/);
    expect(message).toMatch(/DISCORD_API_URL must not end in the API version/);
    expect(message).toMatch(/LOG_LEVEL must be one of fatal, error/);
    expect(message).not.toContain("short-secret");
  });
});
