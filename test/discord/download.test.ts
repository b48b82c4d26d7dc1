import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadAttachment } from "../../src/discord/download.ts";

// A server for what Discord's CDN never does but a hostile or broken address might.
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/hang") return; // never answers
    if (request.url === "/lying") {
      // No length header, then more bytes than allowed.
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("x".repeat(5_000));
      return;
    }
    if (request.url === "/missing") return response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/plain" }).end("Hallo");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("downloading an attachment", () => {
  it("reads the bytes of an http(s) address", async () => {
    const got = await downloadAttachment(`${base}/ok`, 1_000, 5_000);
    expect(got.ok && Buffer.from(got.bytes).toString("utf8")).toBe("Hallo");
  });

  it("gives up on an address that does not answer in time", async () => {
    expect(await downloadAttachment(`${base}/hang`, 1_000, 200)).toEqual({
      ok: false,
      why: "timeout",
      detail: "0.2",
    });
  });

  it("stops reading once the body passes the limit, whatever the headers say", async () => {
    expect(await downloadAttachment(`${base}/lying`, 1_000, 5_000)).toEqual({ ok: false, why: "tooLarge" });
  });

  it("refuses addresses that are not http(s), and reports an error status", async () => {
    expect(await downloadAttachment("file:///etc/passwd", 1_000, 5_000)).toEqual({
      ok: false,
      why: "notWeb",
      detail: "file:",
    });
    expect(await downloadAttachment("nonsense", 1_000, 5_000)).toEqual({
      ok: false,
      why: "notWeb",
      detail: "nonsense",
    });
    expect(await downloadAttachment(`${base}/missing`, 1_000, 5_000)).toEqual({
      ok: false,
      why: "status",
      detail: "HTTP 404",
    });
  });
});
