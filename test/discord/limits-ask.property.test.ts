/** Every ask payload inside Discord's limits, for any article and any user text (see test/support/limits-property.ts). */
import { limitsPropertyFor } from "../support/limits-property.ts";

limitsPropertyFor(["ask"]);
