/**
 * English forms of a speaker a user may type: the English of every role the text ties to them
 * (role table), with the surname ("President Trump"), and for institutions and spokespersons the
 * English of what they are ("US government", "company spokesperson").
 */
import type { Entity, Registry } from "./speakers.ts";

/** English forms for an entity of the registry. */
export function englishForms(e: Entity, registry: Registry): string[] {
  const roles = registry.roles;
  const forms = new Set<string>();
  const roleEnglish = [...e.concepts].flatMap((c) => roles.englishOf(c));
  if (e.kind === "person") {
    const countries = [...e.roleAdjectives].flatMap((a) => roles.country(a)?.english.slice(-1) ?? []);
    for (const r of roleEnglish) {
      forms.add(r);
      // "President Trump", "Mayor Müller"; "Ukrainian president" from "der ukrainische Präsident".
      if (e.surname && /^\p{Ll}+$/u.test(r)) forms.add(`${capitalise(r)} ${e.surname}`);
      if (/^\p{Ll}+$/u.test(r)) for (const c of countries) forms.add(`${c} ${r}`);
    }
  } else if (e.kind === "institution") {
    // "Kreml" names its country itself: no "Russian Kremlin".
    const own = e.label ? roles.country(e.label) : undefined;
    const country = e.country && !own ? roles.country(e.country) : undefined;
    for (const r of roleEnglish) {
      forms.add(r);
      for (const c of country?.english ?? []) forms.add(`${c} ${r}`);
    }
    const governs = [...e.concepts].some((c) => roles.isGovernment(c));
    if (governs && e.country) for (const g of roles.governmentEnglish(e.country)) forms.add(g);
  } else {
    const label = registry.nameOf(e);
    const spokes = roles.person(label.split(" ")[0] ?? "");
    const org = e.key?.startsWith("c") ? roles.englishOf(Number(e.key.slice(1))) : [];
    for (const r of spokes?.english ?? []) {
      forms.add(r);
      for (const o of org) forms.add(`${o} ${r}`);
    }
    for (const o of org) forms.add(`the ${o}`);
  }
  return [...forms];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
