/** Loads a corpus folder and builds the engines over it: the one start-up step every adapter shares. */
import { loadCorpus } from "../corpus/load.ts";
import { createEngine, type Engine } from "./engine.ts";

/** Reads `dir` and indexes it; throws ArticleBotError naming the file and line when the corpus is bad. */
export function openEngine(dir: string): Engine {
  return createEngine(loadCorpus(dir));
}
