/** Every table the engine reads (analysis and quotes), as one object, read at the edge and passed in. */
import {
  type AnalysisTables,
  type AnalysisTablesSnapshot,
  loadAnalysisTables,
  restoreAnalysisTables,
} from "../analysis/tables.ts";
import { loadQuoteTables, type QuoteTables } from "../quotes/tables.ts";

export type EngineTables = AnalysisTables & QuoteTables;

/** Reads and validates every bundled data file (I/O); a malformed line throws with file, line and fix. */
export function loadEngineTables(): EngineTables {
  return { ...loadAnalysisTables(), ...loadQuoteTables() };
}

/**
 * The tables with the analysis part restored from an engine snapshot (folding and stemming the
 * files' words is most of a start otherwise); the quote tables are small and read from their files.
 */
export function restoreEngineTables(analysis: AnalysisTablesSnapshot): EngineTables {
  return { ...restoreAnalysisTables(analysis), ...loadQuoteTables() };
}
