/** zod schema of a corpus file's front matter, and zod issues turned into sentences for operators. */
import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD, e.g. 2025-08-15")
  .superRefine((text, ctx) => {
    const problem = calendarProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const MONTHS = "January February March April May June July August September October November December";

/** Why a YYYY-MM-DD date is not on the calendar (2025-02-30, which Date.parse rolls over to March), if it is not. */
function calendarProblem(text: string): string | undefined {
  const [year = 0, month = 0, day = 0] = text.split("-").map(Number);
  if (month < 1 || month > 12) return `is ${text}, but there is no month ${month}; write the month as 01–12`;
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day >= 1 && day <= days) return undefined;
  const name = MONTHS.split(" ")[month - 1];
  return `is ${text}, which is not on the calendar: ${name} ${year} has ${days} days; check the day`;
}

/** Front matter of a corpus file. `date` may arrive as a Date when YAML reads it unquoted. */
export const frontMatterSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{0,99}$/,
        "must be lower-case letters, digits and dashes (at most 100), e.g. 2025-08-15-gipfel-in-alaska",
      ),
    title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate),
    source: z.string().trim().min(1, "must name the publisher, e.g. dpa"),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as "de"'),
    dateline: z.string().trim().min(1).optional(),
    photo: z
      .object({
        caption: z.string().trim().min(1, "must not be empty"),
        credit: z.string().default(""),
        count: z.number().int("must be a whole number").min(0, "must not be negative").default(1),
      })
      .strict()
      .optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** One zod issue as a sentence: `field "photo.count" must be a whole number`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join(".");
  const where = field ? `field "${field}"` : "the front matter";
  if (issue.code === "invalid_type" && issue.input === undefined) return `${where} is missing`;
  if (issue.code === "unrecognized_keys") {
    return `${where} has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}; remove or rename them`;
  }
  if (issue.code === "invalid_type") return `${where} must be ${issue.expected}, not ${typeof issue.input}`;
  return `${where} ${issue.message}`;
}
