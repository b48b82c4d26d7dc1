import { describe, expect, it } from "vitest";
import { corpusLimitsOf, engineCacheDir, readCliConfig, readConfig } from "../src/config.ts";

const TOKEN = `${"M".repeat(24)}.${"a".repeat(6)}.${"b".repeat(38)}`;

describe("configuration from the environment", () => {
  it("needs nothing for the console and fills in defaults", () => {
    expect(readConfig({})).toEqual({
      CORPUS_DIR: "corpus",
      LOG_LEVEL: "info",
      ENGINE_CACHE_DIR: ".cache",
      HEALTH_HOST: "127.0.0.1",
    });
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

describe("corpus size limits", () => {
  it("keep the loader's defaults unless set, and are given in kilobytes", () => {
    expect(corpusLimitsOf(readConfig({}))).toEqual({});
    expect(
      corpusLimitsOf(readConfig({ CORPUS_MAX_FILE_KB: "512", CORPUS_MAX_FRONT_MATTER_KB: "8" })),
    ).toEqual({
      maxFileBytes: 512 * 1024,
      maxFrontMatterBytes: 8 * 1024,
    });
  });

  it("refuse what is not a whole number of kilobytes, naming the variable", () => {
    expect(() => readConfig({ CORPUS_MAX_FILE_KB: "1.5MB" })).toThrow(
      /CORPUS_MAX_FILE_KB must be a whole number of kilobytes, e\.g\. 256/,
    );
    expect(() => readConfig({ CORPUS_MAX_FRONT_MATTER_KB: "0" })).toThrow(
      /CORPUS_MAX_FRONT_MATTER_KB must be/,
    );
  });

  it("serves /healthz and /metrics only when HEALTH_PORT is set, on 127.0.0.1 unless HEALTH_HOST says otherwise", () => {
    expect(readConfig({}).HEALTH_PORT).toBeUndefined();
    expect(readConfig({ HEALTH_PORT: "9464" })).toMatchObject({
      HEALTH_PORT: 9464,
      HEALTH_HOST: "127.0.0.1",
    });
    expect(readConfig({ HEALTH_PORT: "9464", HEALTH_HOST: "0.0.0.0" }).HEALTH_HOST).toBe("0.0.0.0");
    expect(() => readConfig({ HEALTH_PORT: "nine" })).toThrow(/HEALTH_PORT must be a TCP port number/);
    expect(() => readConfig({ HEALTH_PORT: "70000" })).toThrow(/HEALTH_PORT must be a TCP port, 1–65535/);
    expect(() => readConfig({ HEALTH_HOST: "my host" })).toThrow(
      /HEALTH_HOST must be an address to listen on/,
    );
  });

  it("gives the CLI the corpus limits, not the bot's settings", () => {
    const config = readCliConfig({ CORPUS_MAX_FILE_KB: "64", DISCORD_TOKEN: "too short", HEALTH_PORT: "x" });
    expect(corpusLimitsOf(config)).toEqual({ maxFileBytes: 64 * 1024 });
  });
});
