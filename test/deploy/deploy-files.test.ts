/**
 * The systemd unit and the Dockerfile agree with the code: the unit does not restart into a
 * refusal the bot exits with (78), restarts on the network's 75, and both start the bot the way
 * `npm start` does.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FATAL_EXIT_CODE } from "../../src/discord/health.ts";
import { NETWORK_EXIT_CODE } from "../../src/discord/startup-errors.ts";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const unit = read("deploy/article-bot.service");
const settings = (key: string) =>
  unit
    .split("\n")
    .filter((l) => l.startsWith(`${key}=`))
    .map((l) => l.slice(key.length + 1));
const startScript = (JSON.parse(read("package.json")) as { scripts: { start: string } }).scripts.start;

describe("deploy/article-bot.service", () => {
  it("restarts on failure but not after a refusal that needs a fix (exit 78), and 75 is not excluded", () => {
    expect(settings("Restart")).toEqual(["on-failure"]);
    expect(settings("RestartPreventExitStatus")).toEqual([String(FATAL_EXIT_CODE)]);
    expect(settings("RestartPreventExitStatus")).not.toContain(String(NETWORK_EXIT_CODE));
  });

  it("starts the bot with the flags of npm start, and stops it with SIGTERM", () => {
    expect(settings("ExecStart")).toEqual([`/usr/bin/${startScript}`]);
    expect(settings("KillSignal")).toEqual(["SIGTERM"]);
  });
});

describe("Dockerfile", () => {
  it("runs node itself with npm start's flags, as a user that is not root", () => {
    const dockerfile = read("Dockerfile");
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? "[]";
    expect((JSON.parse(cmd) as string[]).join(" ")).toBe(startScript);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
