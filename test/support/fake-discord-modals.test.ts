import { InteractionResponseType } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord/index.ts";

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord();
});
afterEach(async () => {
  await fake.close();
});

const callback = (id: string, token: string, body: unknown) =>
  fetch(`${fake.apiUrl}/v10/interactions/${id}/${token}/callback`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const textInput = (extra: Record<string, unknown> = {}) => ({
  type: 1,
  components: [{ type: 4, custom_id: "text", style: 2, label: "Text", ...extra }],
});

describe("the fake Discord's modals", () => {
  it("refuses a modal Discord would refuse (a title over 45 characters, a text input over 4,000)", async () => {
    const handle = await fake.sendSlashCommand({ name: "anything" });
    const answer = await callback(handle.id, handle.token, {
      type: InteractionResponseType.Modal,
      data: { custom_id: "m", title: "x".repeat(46), components: [textInput({ max_length: 4_001 })] },
    });
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { code: number; errors: { data: Record<string, unknown> } };
    expect(body.code).toBe(50035);
    expect(Object.keys(body.errors.data).sort()).toEqual(["components", "title"]);
  });

  it("takes a well-formed modal, and sends the user's submission as MODAL_SUBMIT with its text inputs", async () => {
    const handle = await fake.sendSlashCommand({ name: "anything" });
    const modal = { custom_id: "m", title: "Add", components: [textInput()] };
    expect(
      (await callback(handle.id, handle.token, { type: InteractionResponseType.Modal, data: modal })).status,
    ).toBe(204);
    const submitted = await fake.submitModal(handle, { text: "Hallo" });
    expect(submitted.payload.type).toBe(5);
    expect(submitted.payload.data).toEqual({
      custom_id: "m",
      components: [{ type: 1, components: [{ type: 4, custom_id: "text", value: "Hallo" }] }],
    });
    expect(submitted.payload.member?.user.id).toBe(fake.user.id);
  });
});

describe("the fake Discord's attachments", () => {
  it("serves an uploaded file's bytes at its url without the bot token, and nothing at a wrong name", async () => {
    const file = fake.uploadAttachment({ filename: "a b.txt", content: "Grüße" });
    const got = await fetch(file.url);
    expect(got.headers.get("content-type")).toContain("text/plain");
    expect(await got.text()).toBe("Grüße");
    expect(file.size).toBe(Buffer.byteLength("Grüße"));
    expect((await fetch(file.url.replace("a%20b.txt", "other.txt"))).status).toBe(404);
  });

  it("puts an attachment option's file into resolved.attachments, keyed by the value's id", async () => {
    const file = fake.uploadAttachment({ filename: "x.txt", content: "x" });
    const handle = await fake.sendSlashCommand({
      name: "article",
      subcommand: "add",
      options: [{ name: "file", type: 11, value: file.id }],
    });
    expect(handle.payload.data.resolved?.attachments?.[file.id]).toEqual(file);
  });
});
