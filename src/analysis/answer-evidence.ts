/**
 * Which kinds of answer a German sentence visibly holds: a time (a weekday, a month, a year, a
 * date, a clock time, a relative day or period), an amount (a figure or a number word), a reason
 * (a causal or final connective) or someone's words (quotation marks). Used to prefer, for a
 * `when`, `how many`, `why` or `what did … say` question, the sentence that can answer it.
 */
import type { AnswerType } from "./query/answer-type.ts";

const WEEKDAYS = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende";
const MONTHS = "januar|februar|marz|märz|april|mai|juni|juli|august|september|oktober|november|dezember";
const TIME = new RegExp(
  [
    // A weekday, also with its time of day (`Dienstagabend`), not `Montage`.
    `(?:${WEEKDAYS})(?:s|morgens?|vormittags?|mittags?|nachmittags?|abends?|nachts?)?`,
    `(?:${MONTHS})`,
    // Years, dates and clock times: 1989, 15.8., 16.15 Uhr, 16 Uhr.
    "(?:1[0-9]|20)\\d\\d",
    "\\d{1,2}\\.\\s?\\d{1,2}\\.",
    "\\d{1,2}(?:[.:]\\d\\d)?\\s?uhr",
    "heute|gestern|vorgestern|übermorgen|morgens?|abends|nachts|damals|bislang|zuletzt|künftig",
    "(?:jahrhundert|jahrzehnt|frühjahr|frühling|sommer|herbst|winter)\\p{L}*",
    "(?:seit|bis|ab|vor|nach|binnen|innerhalb)\\s+(?:\\p{L}+\\s+)?(?:\\d+|einer?|zwei|drei|vier|fünf|wenigen|mehreren|\\p{L}+en)\\s+(?:jahr|monat|woche|tag|stunde|minute)\\p{L}*",
    "(?:vergangene|vorige|letzte|nächste|kommende|diese)[nrs]?\\s+(?:jahr|monat|woche|tag|nacht)\\p{L}*",
  ].join("|"),
  "iu",
);
const NUMBER_WORDS =
  "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|dutzende?|hunderte|tausende|millionen?|milliarden?|hälfte|drittel|viertel|doppelt|dreifach|prozent";
const AMOUNT = new RegExp(`\\d|(?<!\\p{L})(?:${NUMBER_WORDS})(?!\\p{L})`, "iu");
const BOUNDED_TIME = new RegExp(`(?<![\\p{L}\\d])(?:${TIME.source})(?![\\p{L}\\d])`, "iu");

// An age as news gives it: `Anna Beispiel (54)`, `der 54-Jährige`, `ein 54 Jahre alter …`.
const AGE = /\(\d{1,3}\)|\d{1,3}-jährig|(?<!\p{L})(?:\d{1,3}|\p{L}+zig)\s+jahre\s+alte?[mnrs]?(?!\p{L})/iu;
// A length of time: a unit of time with a figure or quantity (`drei Stunden`, `dreieinhalb Jahre`),
// after `seit` (`seit Jahren`), made an adverb (`wochenlang`) or an adjective (`siebenstündig`); not a unit alone (`im Jahr 2025`),
// a day's name or a season (`Dienstag`, `Frühjahr`).
const UNIT =
  "(?:sekunde|minute|stunde|tag|woche|monat|(?:halb|viertel)?jahr|jahrzehnt|jahrhundert)(?:e|en|n|s|es)?";
const QUANTITY =
  "\\d+(?:[.,]\\d+)?|eine[mnrs]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\\p{L}+zig|\\p{L}*hundert|\\p{L}*einhalb|anderthalb|wenige[nr]?|mehrere[nr]?|einige[nr]?|viele[nr]?";
const DURATION = new RegExp(
  `(?<!\\p{L})(?:(?:${QUANTITY})\\s+${UNIT}|seit\\s+(?:\\p{L}+\\s+)?${UNIT}|${UNIT}lang|(?:\\d+-|\\p{L}+)(?:minütig|stündig|tägig|wöchig|monatig|jährig)\\p{L}*)(?!\\p{L})`,
  "iu",
);

// `Wie lange …?` is answered by an end as often as by a length: `bis Donnerstag`, `bis Ende Mai`.
const UNTIL = new RegExp(
  `(?<!\\p{L})bis\\s+(?:\\p{L}+\\s+){0,2}(?:${WEEKDAYS}|${MONTHS}|(?:1[0-9]|20)\\d\\d|\\d{1,2}\\.|ende|mitte|anfang)`,
  "iu",
);

// Causal and final connectives: `weil`, `da`, `denn`, `deshalb`, `wegen`, `damit`, `um … zu`.
const REASON =
  /(?<!\p{L})(?:weil|denn|da|deshalb|deswegen|daher|darum|wegen|aufgrund|angesichts|dank|sodass|damit|zumal|um\s(?:\p{L}+\s){0,6}zu)(?!\p{L})/iu;
const QUOTATION = /["„“”»«‚‘]/u;

/** Whether `text` holds an answer of the kind. */
export function holdsAnswer(type: AnswerType, text: string): boolean {
  switch (type) {
    case "time":
      return BOUNDED_TIME.test(text);
    case "age":
      return AGE.test(text);
    case "duration":
      return DURATION.test(text) || UNTIL.test(text);
    case "amount":
      return AMOUNT.test(text);
    case "reason":
      return REASON.test(text);
    case "statement":
      return QUOTATION.test(text);
  }
}
