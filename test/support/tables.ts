/** The bundled tables, read once for the whole test file (reading them takes a few hundred ms). */
import { type EngineTables, loadEngineTables } from "../../src/engine/tables.ts";

export const TABLES: EngineTables = loadEngineTables();
