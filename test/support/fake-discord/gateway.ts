// The fake gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, sequence numbers, and RESUME with
// replay of the events the bot missed while disconnected.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  type GatewayIdentifyData,
  GatewayOpcodes,
  type GatewayResumeData,
} from "discord.js";
import { type RawData, WebSocketServer } from "ws";
import { GatewayConnection, type GatewayConnectionInfo } from "./gateway-connection.ts";
import { applyIntents } from "./intents.ts";
import { buildReady } from "./payloads.ts";
import { fakeSessionId } from "./snowflake.ts";
import type { FakeState } from "./state.ts";
import type { ChangeSignal } from "./waiting.ts";

/** A payload the bot sent over the gateway. */
export interface ReceivedGatewayPayload {
  connectionId: number;
  op: number;
  d: unknown;
  time: number;
}

/** A dispatch the fake sent to the bot. */
export interface SentDispatch {
  connectionId: number;
  s: number;
  t: string;
  d: unknown;
  time: number;
}

/** A session started by IDENTIFY. */
export interface SessionRecord {
  sessionId: string;
  connectionId: number;
  identify: GatewayIdentifyData;
  time: number;
}

/** A successful RESUME. */
export interface ResumeRecord {
  sessionId: string;
  connectionId: number;
  /** The last sequence number the bot said it had seen. */
  seq: number;
  /** How many missed events the fake replayed. */
  replayed: number;
  time: number;
}

/** A dispatch the bot did not receive because of its intents (e.g. guild messages without GuildMessages). */
export interface WithheldDispatch {
  t: string;
  d: unknown;
}

/** Gateway settings. */
export interface GatewayOptions {
  heartbeatIntervalMs: number;
}

interface Dependencies extends GatewayOptions {
  state: FakeState;
  signal: ChangeSignal;
  resumeUrl: () => string;
}

interface LoggedEvent {
  s: number;
  t: string;
  /** The event as the bot receives it (after intents). */
  d: unknown;
  /** The event as dispatched, kept so it can be re-filtered for a new session's intents. */
  raw: unknown;
  delivered: boolean;
  onSent: (() => void) | undefined;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  log: LoggedEvent[];
  resumable: boolean;
}

interface QueuedEvent {
  t: string;
  d: unknown;
  onSent: (() => void) | undefined;
}

/** Serves the gateway protocol to the bot and records everything it sends and receives. */
export class FakeGateway {
  readonly connections: GatewayConnectionInfo[] = [];
  readonly received: ReceivedGatewayPayload[] = [];
  readonly dispatched: SentDispatch[] = [];
  readonly sessions: SessionRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readonly withheld: WithheldDispatch[] = [];
  /** How many resumes had happened when the fake last dropped the connection or asked for a reconnect. */
  resumesBeforeLastDisruption = 0;
  readonly #deps: Dependencies;
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #live = new Set<GatewayConnection>();
  #active: GatewayConnection | undefined;
  #session: Session | undefined;
  // Events dispatched before the bot ever identified; delivered right after its first GUILD_CREATE.
  #beforeFirstSession: QueuedEvent[] = [];

  constructor(deps: Dependencies) {
    this.#deps = deps;
  }

  /** Whether the bot currently has an authenticated connection. */
  get connected(): boolean {
    return this.#active?.open ?? false;
  }

  /** Accepts a WebSocket upgrade from the HTTP server. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#server.handleUpgrade(request, socket, head, (ws) => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const info: GatewayConnectionInfo = {
        id: this.connections.length + 1,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        openedAt: Date.now(),
      };
      const connection = new GatewayConnection(ws, info);
      this.connections.push(info);
      this.#live.add(connection);
      ws.on("message", (data, isBinary) => this.#onMessage(connection, data, isBinary));
      ws.on("error", () => undefined);
      ws.on("close", (code) => this.#onClose(connection, code));
      if (info.query.v !== undefined && info.query.v !== "10") {
        connection.close(GatewayCloseCodes.InvalidAPIVersion, "Invalid API version");
        return;
      }
      if (info.query.encoding !== undefined && info.query.encoding !== "json") {
        connection.close(GatewayCloseCodes.DecodeError, "The fake only speaks JSON");
        return;
      }
      void connection.send({
        op: GatewayOpcodes.Hello,
        d: { heartbeat_interval: this.#deps.heartbeatIntervalMs },
        s: null,
        t: null,
      });
      this.#deps.signal.notify();
    });
  }

  /** Sends a dispatch to the bot, or keeps it for replay if the bot is disconnected; resolves once sent or kept. */
  dispatch(event: string, data: unknown, onSent?: () => void): Promise<void> {
    const session = this.#session;
    if (!session) {
      this.#beforeFirstSession.push({ t: event, d: data, onSent });
      return Promise.resolve();
    }
    const visible = applyIntents(event, data, session.intents, this.#deps.state.botUser.id);
    if (visible === undefined) {
      this.withheld.push({ t: event, d: data });
      this.#deps.signal.notify();
      return Promise.resolve();
    }
    const entry: LoggedEvent = {
      s: ++session.seq,
      t: event,
      d: visible,
      raw: data,
      delivered: false,
      onSent,
    };
    session.log.push(entry);
    const active = this.#active;
    return active?.open ? this.#deliver(active, entry) : Promise.resolve();
  }

  /** Closes the bot's connection: 1006 kills the TCP socket, any other code sends a close frame. */
  drop(code: number, options: { resumable?: boolean } = {}): void {
    const connection = this.#active;
    if (!connection) throw new Error("dropConnection: the bot is not connected to the fake gateway");
    this.#active = undefined;
    if (options.resumable === false && this.#session) this.#session.resumable = false;
    this.resumesBeforeLastDisruption = this.resumes.length;
    if (code === 1006) connection.terminate();
    else connection.close(code, "Fake Discord dropped the connection");
  }

  /** Sends op 7 RECONNECT, which makes discord.js close the socket and resume on a new one. */
  requestReconnect(): void {
    const connection = this.#active;
    if (!connection) throw new Error("requestReconnect: the bot is not connected to the fake gateway");
    this.resumesBeforeLastDisruption = this.resumes.length;
    void connection.send({ op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  /** Ends every connection with a final close code and stops accepting new ones. */
  async close(): Promise<void> {
    // A client the test forgot to destroy would otherwise reconnect forever and keep the test process
    // alive; 4004 (Authentication failed) is a code discord.js treats as final.
    await Promise.all(
      [...this.#live].map((connection) =>
        connection.closeAndWait(GatewayCloseCodes.AuthenticationFailed, "Fake Discord shut down", 1_000),
      ),
    );
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #onMessage(connection: GatewayConnection, data: RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error("binary");
      payload = JSON.parse(rawToString(data)) as { op?: unknown; d?: unknown };
    } catch {
      connection.close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
      return;
    }
    const op = typeof payload.op === "number" ? payload.op : -1;
    this.received.push({ connectionId: connection.info.id, op, d: payload.d, time: Date.now() });
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        void connection.send({ op: GatewayOpcodes.HeartbeatAck });
        break;
      case GatewayOpcodes.Identify:
        this.#identify(connection, payload.d as GatewayIdentifyData);
        break;
      case GatewayOpcodes.Resume:
        this.#resume(connection, payload.d as GatewayResumeData);
        break;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        // Recorded above for tests to inspect; the fake has nothing to answer.
        if (!connection.authenticated)
          connection.close(GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
        break;
      default:
        connection.close(GatewayCloseCodes.UnknownOpcode, "Unknown opcode.");
    }
    this.#deps.signal.notify();
  }

  #identify(connection: GatewayConnection, identify: GatewayIdentifyData): void {
    const { state } = this.#deps;
    if (connection.authenticated) {
      connection.close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
      return;
    }
    if (identify?.token !== state.token) {
      connection.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    if (typeof identify.intents !== "number") {
      connection.close(GatewayCloseCodes.InvalidIntents, "Invalid intent(s).");
      return;
    }
    if (identify.compress === true) connection.enableIdentifyCompression();
    // Unlike Discord, events the bot never received are not lost when it starts a new session: a test
    // that dispatches while the bot reconnects should see them handled, not time out.
    const carried: QueuedEvent[] = [
      ...this.#beforeFirstSession,
      ...(this.#session?.log ?? [])
        .filter((entry) => !entry.delivered)
        .map(({ t, raw, onSent }) => ({ t, d: raw, onSent })),
    ];
    this.#beforeFirstSession = [];
    const session: Session = {
      id: fakeSessionId(),
      seq: 0,
      intents: identify.intents,
      log: [],
      resumable: true,
    };
    this.#session = session;
    connection.authenticated = true;
    this.#active = connection;
    const ready = buildReady({
      bot: state.botUser,
      applicationId: state.applicationId,
      guildIds: [state.guildId],
      sessionId: session.id,
      resumeGatewayUrl: this.#deps.resumeUrl(),
    });
    // READY is never replayed on resume, so it is not logged.
    this.#deliver(connection, {
      s: ++session.seq,
      t: GatewayDispatchEvents.Ready,
      d: ready,
      raw: ready,
      delivered: false,
      onSent: undefined,
    });
    this.sessions.push({
      sessionId: session.id,
      connectionId: connection.info.id,
      identify,
      time: Date.now(),
    });
    void this.dispatch(GatewayDispatchEvents.GuildCreate, state.guildCreate());
    for (const event of carried) void this.dispatch(event.t, event.d, event.onSent);
  }

  #resume(connection: GatewayConnection, resume: GatewayResumeData): void {
    if (connection.authenticated) {
      connection.close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
      return;
    }
    if (resume?.token !== this.#deps.state.token) {
      connection.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    const session = this.#session;
    if (!session || session.id !== resume.session_id || !session.resumable) {
      void connection.send({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (resume.seq > session.seq) {
      connection.close(GatewayCloseCodes.InvalidSeq, "Invalid seq.");
      return;
    }
    connection.authenticated = true;
    this.#active = connection;
    const missed = session.log.filter((entry) => entry.s > resume.seq);
    for (const entry of missed) void this.#deliver(connection, entry);
    const resumed = {
      s: ++session.seq,
      t: GatewayDispatchEvents.Resumed,
      d: {},
      raw: {},
      delivered: false,
      onSent: undefined,
    };
    void this.#deliver(connection, resumed);
    this.resumes.push({
      sessionId: session.id,
      connectionId: connection.info.id,
      seq: resume.seq,
      replayed: missed.length,
      time: Date.now(),
    });
  }

  #deliver(connection: GatewayConnection, entry: LoggedEvent): Promise<void> {
    entry.delivered = true;
    this.dispatched.push({
      connectionId: connection.info.id,
      s: entry.s,
      t: entry.t,
      d: entry.d,
      time: Date.now(),
    });
    return connection.send({ op: GatewayOpcodes.Dispatch, t: entry.t, s: entry.s, d: entry.d }).then(() => {
      entry.onSent?.();
    });
  }

  #onClose(connection: GatewayConnection, code: number): void {
    const { info } = connection;
    info.closedAt = Date.now();
    info.closeCode = code;
    info.closedBy ??= "bot";
    this.#live.delete(connection);
    connection.dispose();
    if (this.#active === connection) {
      this.#active = undefined;
      // A clean close by the client ends the session on Discord's side; anything else may be resumed.
      if (info.closedBy === "bot" && (code === 1000 || code === 1001) && this.#session)
        this.#session.resumable = false;
    }
    this.#deps.signal.notify();
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data as ArrayBuffer).toString("utf8");
}
