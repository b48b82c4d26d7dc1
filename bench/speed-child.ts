/** Child process of the benchmark: measures one engine's speed on the seed article and prints it as JSON. */
import { fixtureArticle } from "../test/support/fixtures.ts";
import { type Question, readFixture, type SectionLookup } from "./quality.ts";
import { PEERS } from "./quality-table.ts";
import { ourSpeed, peerSpeed, questionsOf } from "./speed.ts";

/** Quote look-ups: speakers by name, role and typo, and topics. */
const QUOTE_QUERIES = [
  "Trump",
  "Putin",
  "Kremlin chief",
  "Merz",
  "Zelensky",
  "Deal",
  "Waffenruhe",
  "Trum",
  "US president",
  "nuclear",
];

const name = process.argv[2] ?? "";
const seed = fixtureArticle("seed");
const questions = questionsOf(readFixture<Question>("questions.dev.jsonl"), "seed");
const sections = readFixture<SectionLookup>("sections.dev.jsonl")
  .filter((s) => s.article === "seed")
  .map((s) => s.query);
const peer = PEERS.find((p) => p.name === name);
const row = peer
  ? await peerSpeed(peer, seed, questions)
  : await ourSpeed(seed, questions, sections, QUOTE_QUERIES);
process.stdout.write(JSON.stringify(row));
