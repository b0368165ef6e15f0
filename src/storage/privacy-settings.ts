import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import settings from "../../_data/privacy.json" with { type: "json" };

const wholeDays = v.pipe(v.number(), v.integer("must be a whole number of days"), v.minValue(1, "must be at least 1 day"));
const optionalName = v.nullable(v.pipe(v.string(), v.trim(), v.nonEmpty("must be text, or null")));

const PrivacySchema = v.pipe(
  v.strictObject({
    noticeVersion: v.pipe(v.string(), v.isoDate("must be a date, YYYY-MM-DD")),
    retentionDays: wholeDays,
    clientHashDays: wholeDays,
    /** The Netlify Blobs region, when the site's data is pinned to one (Netlify's names). */
    storageRegion: v.nullable(
      v.picklist(["us-east-1", "us-east-2", "eu-central-1", "ap-southeast-1", "ap-southeast-2"], "must be a Netlify Blobs region, or null"),
    ),
    /** Who runs the mail server of SMTP_URL, named in the notice. */
    emailProvider: optionalName,
  }),
  v.forward(
    v.check((s) => s.clientHashDays <= s.retentionDays, "must not be longer than retentionDays"),
    ["clientHashDays"],
  ),
);

/**
 * _data/privacy.json: what the privacy notice states and the code does, read by the notice pages, the
 * participation function, the scheduled retention function and `npm run submissions`.
 */
export type PrivacySettings = v.InferOutput<typeof PrivacySchema>;

/** The settings, or an error naming the file, the field and the problem. */
export function parsePrivacySettings(input: unknown, file = "_data/privacy.json"): PrivacySettings {
  const result = v.safeParse(PrivacySchema, input);
  if (result.success) return result.output;
  throw new Error(result.issues.map((issue) => `${file}: ${v.getDotPath(issue) ?? "(file)"}: ${issue.message}`).join("\n"));
}

/** The settings of the site in `dataDir` (the build checks a fixture's or a branch's own file with it). */
export function readPrivacySettings(dataDir: string): PrivacySettings {
  const file = join(dataDir, "privacy.json");
  return parsePrivacySettings(JSON.parse(readFileSync(file, "utf8")), file);
}

export const privacy: PrivacySettings = parsePrivacySettings(settings);
