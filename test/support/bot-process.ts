/** The environment `bin/start.js` runs in when a test starts it as its own process against a fake Discord. */

/** `process.env` with the bot pointed at the fake: its token and API, no engine cache, no sharding. */
export function botEnv(token: string, apiUrl: string | undefined, logLevel: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: token,
    DISCORD_API_URL: apiUrl,
    ENGINE_CACHE_DIR: "off",
    LOG_LEVEL: logLevel,
    SHARDS: "",
  };
}
