/** The fake Discord refuses what Discord refuses: a 400 (50035 Invalid Form Body) naming the field. */
import { describe, expect, it } from "vitest";
import { checkChoices, checkMessageBody } from "./fake-discord/message-rules.ts";

const errorsOf = (response: { body?: unknown } | undefined) =>
  (response?.body as { errors?: unknown })?.errors;

describe("the fake's message rules", () => {
  it("names an embed description over 4,096 characters", () => {
    const refused = checkMessageBody({ embeds: [{ description: "x".repeat(4_097) }] }, [], {
      requireContent: true,
      path: ["data"],
    });
    expect(refused?.status).toBe(400);
    expect(errorsOf(refused)).toEqual({
      data: {
        embeds: {
          0: { description: { _errors: [expect.objectContaining({ code: "BASE_TYPE_MAX_LENGTH" })] } },
        },
      },
    });
  });

  it("refuses embeds over 6,000 characters together", () => {
    const embed = { title: "t", description: "x".repeat(3_500) };
    const refused = checkMessageBody({ embeds: [embed, embed] }, [], { requireContent: true });
    expect(JSON.stringify(errorsOf(refused))).toContain("MAX_EMBED_SIZE_EXCEEDED");
  });

  it("names a lone surrogate in the content or in a choice", () => {
    const content = checkMessageBody({ content: "a\uD800" }, [], { requireContent: true });
    expect(errorsOf(content)).toEqual({
      content: { _errors: [expect.objectContaining({ code: "STRING_TYPE_INVALID_UNICODE" })] },
    });
    const choices = checkChoices({ choices: [{ name: "\uDC00", value: "x" }] });
    expect(JSON.stringify(errorsOf(choices))).toContain(
      '"name":{"_errors":[{"code":"STRING_TYPE_INVALID_UNICODE"',
    );
  });
});
