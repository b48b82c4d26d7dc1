/**
 * What the bot counts for operators, behind one small interface: the interaction handler reports
 * each interaction through `interaction`, a corpus reload through `reload`, the corpus size through
 * `articles`. `createPrometheusMetrics` keeps them in a prom-client registry of its own for
 * GET /metrics; without HEALTH_PORT there are none and nothing is counted.
 */
import type { Interaction } from "discord.js";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { ARTICLE_COMMAND } from "../../commands/article.ts";

/** Which kind of interaction was handled. */
export type InteractionKind = "command" | "menu" | "modal" | "autocomplete" | "button" | "other";

/** One handled interaction, as the handler reports it. */
export interface InteractionRecord {
  readonly kind: InteractionKind;
  /** The command's name (`ask`), or the button's command; anything unknown is counted as "unknown". */
  readonly command: string;
  /** From the interaction's arrival to its answer being sent. */
  readonly seconds: number;
  /** True when it ended in the "something went wrong" reply. */
  readonly failed: boolean;
}

/** The hooks the bot reports through. */
export interface Metrics {
  /** One interaction handled (answered, or failed). */
  interaction(record: InteractionRecord): void;
  /** One corpus reload: "ok" when the new corpus was swapped in, "failed" when the old one stayed. */
  reload(outcome: "ok" | "failed"): void;
  /** How many articles are being served now. */
  articles(count: number): void;
  /** Whether the gateway connection is up, for the gauge. */
  gateway(connected: boolean): void;
}

/** Metrics kept in a prom-client registry, and that registry's exposition for GET /metrics. */
export interface PrometheusMetrics extends Metrics {
  readonly registry: Registry;
}

// Answers take about a millisecond; Discord's deadline is 3 s.
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * Prometheus metrics in a registry of their own (with Node's default process metrics). Command
 * labels are limited to `commandNames` (others count as "unknown"), so a forged name cannot grow
 * the series without bound.
 */
export function createPrometheusMetrics(commandNames: readonly string[]): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "article_bot_" });
  const labels = ["kind", "command"] as const;
  const registers = [registry];
  const handled = new Counter({
    name: "article_bot_interactions_total",
    help: "Interactions handled, by kind (command, autocomplete, button) and command name.",
    labelNames: labels,
    registers,
  });
  const errors = new Counter({
    name: "article_bot_interaction_errors_total",
    help: "Interactions that failed (the user was told something went wrong), by kind and command.",
    labelNames: labels,
    registers,
  });
  const latency = new Histogram({
    name: "article_bot_interaction_duration_seconds",
    help: "Time from an interaction's arrival to its answer being sent, by kind and command.",
    labelNames: labels,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const reloads = new Counter({
    name: "article_bot_corpus_reloads_total",
    help: 'Corpus reloads, by outcome ("ok": swapped in, "failed": the previous corpus kept).',
    labelNames: ["outcome"] as const,
    registers,
  });
  const articles = new Gauge({ name: "article_bot_articles", help: "Articles being served.", registers });
  const gateway = new Gauge({
    name: "article_bot_gateway_connected",
    help: "1 while the gateway connection is up, else 0.",
    registers,
  });
  for (const outcome of ["ok", "failed"] as const) reloads.inc({ outcome }, 0);
  const known = new Set([...commandNames, PAGE_BUTTON]);
  return {
    registry,
    interaction({ kind, command, seconds, failed }) {
      const label = { kind, command: known.has(command) ? command : "unknown" };
      handled.inc(label);
      if (failed) errors.inc(label);
      latency.observe(label, seconds);
    },
    reload: (outcome) => reloads.inc({ outcome }),
    articles: (count) => articles.set(count),
    gateway: (connected) => gateway.set(connected ? 1 : 0),
  };
}

/** The command label of a page button (Previous, Next, Show passage), which belongs to no one command. */
const PAGE_BUTTON = "page";

/** The record of one interaction for `Metrics.interaction`, `ms` after it arrived. */
export function interactionRecord(interaction: Interaction, ms: number, failed: boolean): InteractionRecord {
  const seconds = ms / 1000;
  if (interaction.isChatInputCommand())
    return { kind: "command", command: interaction.commandName, seconds, failed };
  if (interaction.isAutocomplete())
    return { kind: "autocomplete", command: interaction.commandName, seconds, failed };
  if (interaction.isMessageContextMenuCommand())
    return { kind: "menu", command: interaction.commandName, seconds, failed };
  // The one modal is /article add's form.
  if (interaction.isModalSubmit()) return { kind: "modal", command: ARTICLE_COMMAND, seconds, failed };
  if (interaction.isButton()) return { kind: "button", command: PAGE_BUTTON, seconds, failed };
  return { kind: "other", command: "unknown", seconds, failed };
}
