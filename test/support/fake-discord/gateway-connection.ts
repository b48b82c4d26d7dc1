// One WebSocket connection from the bot, with the transport encoding it asked for: plain JSON text frames,
// a shared zlib stream (`?compress=zlib-stream`, used by discord.js when zlib-sync is installed), or
// per-payload zlib ("identify compression", used by @discordjs/ws when compression is on but zlib-sync is not).
import zlib from "node:zlib";
import { WebSocket } from "ws";

/** What the fake knows about one gateway connection. */
export interface GatewayConnectionInfo {
  id: number;
  /** The URL path the bot connected to: `/` for the gateway URL, `/resume` for `resume_gateway_url`. */
  path: string;
  query: Record<string, string>;
  openedAt: number;
  closedAt?: number;
  closeCode?: number;
  /** Who closed the connection. */
  closedBy?: "bot" | "fake";
}

type Encoding = "json" | "zlib-stream" | "identify-compress";

/** Wraps a socket: ordered, encoded sends and close bookkeeping. */
export class GatewayConnection {
  readonly info: GatewayConnectionInfo;
  authenticated = false;
  /** Settles when the socket has closed, whoever closed it. */
  readonly closed: Promise<void>;
  readonly #socket: WebSocket;
  #encoding: Encoding;
  #deflate: zlib.Deflate | undefined;
  // Sends are chained so compressed frames leave in the order they were produced.
  #queue: Promise<void> = Promise.resolve();

  constructor(socket: WebSocket, info: GatewayConnectionInfo) {
    this.#socket = socket;
    this.info = info;
    this.closed = new Promise((resolve) => socket.once("close", () => resolve()));
    this.#encoding = info.query.compress === "zlib-stream" ? "zlib-stream" : "json";
    if (this.#encoding === "zlib-stream") this.#deflate = zlib.createDeflate({ chunkSize: 65_535 });
  }

  /** Switches to per-payload compression after an IDENTIFY with `compress: true` (only without zlib-stream). */
  enableIdentifyCompression(): void {
    if (this.#encoding === "json") this.#encoding = "identify-compress";
  }

  /** Whether the socket can still carry payloads. */
  get open(): boolean {
    return this.#socket.readyState === WebSocket.OPEN;
  }

  /** Encodes and sends a payload; resolves once it was handed to the socket (or dropped if it closed). */
  send(payload: unknown): Promise<void> {
    const json = JSON.stringify(payload);
    const sent = this.#queue.then(async () => {
      const frame = await this.#encode(json);
      if (!this.open) return;
      await new Promise<void>((resolve) => this.#socket.send(frame, () => resolve()));
    });
    this.#queue = sent.catch(() => undefined);
    return sent;
  }

  /** Closes with a gateway close code once queued payloads are out (codes < 4000 other than 1000 are not sendable). */
  close(code: number, reason: string): void {
    this.info.closedBy ??= "fake";
    void this.#queue.then(() => this.#socket.close(code, reason));
  }

  /** Closes with a code and waits for the peer's close frame, cutting the socket if it does not answer in time. */
  async closeAndWait(code: number, reason: string, timeoutMs: number): Promise<void> {
    this.close(code, reason);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    const outcome = await Promise.race([this.closed, timedOut]);
    clearTimeout(timer);
    if (outcome === "timeout") this.terminate();
  }

  /** Kills the TCP connection without a close frame, which the bot sees as close code 1006. */
  terminate(): void {
    this.info.closedBy ??= "fake";
    this.#socket.terminate();
  }

  /** Releases the compression stream once the socket is gone. */
  dispose(): void {
    this.#deflate?.close();
  }

  #encode(json: string): Promise<string | Buffer> {
    if (this.#encoding === "identify-compress") return Promise.resolve(zlib.deflateSync(json));
    const deflate = this.#deflate;
    if (this.#encoding !== "zlib-stream" || !deflate) return Promise.resolve(json);
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      const collect = (chunk: Buffer) => chunks.push(chunk);
      deflate.on("data", collect);
      deflate.write(json, (error) => {
        if (error) {
          deflate.off("data", collect);
          reject(error);
        }
      });
      // A sync flush ends each payload on the 00 00 FF FF marker that zlib-stream clients split on.
      deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
        deflate.off("data", collect);
        resolve(Buffer.concat(chunks));
      });
    });
  }
}
