/** The bundled analysis tables, read once for the whole test file (reading them takes a few hundred ms). */
import { type AnalysisTables, loadAnalysisTables } from "../../src/analysis/tables.ts";

export const TABLES: AnalysisTables = loadAnalysisTables();
