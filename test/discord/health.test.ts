/** The close-code table and the exception guard, as functions. */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createExceptionGuard, FATAL_CLOSE_CODES, fatalClose } from "../../src/discord/health.ts";
import { createLogger } from "../../src/logger.ts";

function capture(): { logger: ReturnType<typeof createLogger>; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger("info", sink), lines };
}

describe("fatal gateway close codes", () => {
  it("are exactly those discord.js does not reconnect after (4004, 4010–4014), each with a fix", () => {
    expect(Object.keys(FATAL_CLOSE_CODES).map(Number)).toEqual([4004, 4010, 4011, 4012, 4013, 4014]);
    for (const entry of Object.values(FATAL_CLOSE_CODES)) expect(entry.fix).toMatch(/: .+\.$/);
  });

  it("leave transient codes (1000, 4000, 4009) to reconnect", () => {
    expect([1000, 1006, 4000, 4007, 4009].map(fatalClose)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("the exception guard", () => {
  it("logs each exception with a reference and keeps serving", () => {
    const { logger, lines } = capture();
    const exits: number[] = [];
    const guard = createExceptionGuard(logger, (code) => exits.push(code));
    guard(new TypeError("Cannot read properties of undefined (reading 'users')"), "unhandledRejection");
    expect(exits).toEqual([]);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        origin: "unhandledRejection",
        ref: expect.stringMatching(/^[0-9a-f]{8}$/),
        msg: "unexpected exception; the bot keeps serving",
      }),
    ]);
  });

  it("exits 1 when more than `max` pile up within the window: something is broken for good", () => {
    const { logger, lines } = capture();
    const exits: number[] = [];
    const guard = createExceptionGuard(logger, (code) => exits.push(code), { max: 3, windowMs: 60_000 });
    for (let i = 0; i < 4; i++) guard(new Error(`boom ${i}`), "uncaughtException");
    expect(exits).toEqual([1]);
    expect(lines.at(-1)).toMatchObject({
      level: 60,
      msg: "more than 3 unexpected exceptions within 60 s; stopping",
    });
  });
});
