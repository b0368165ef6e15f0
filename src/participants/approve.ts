import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, isSeq } from "yaml";
import { COE_MEMBER_STATES } from "../form/countries.ts";
import { STORE_NAME as APPLICATIONS } from "../storage/applications.ts";
import { findById } from "../storage/personal-data.ts";
import { openSubmissionStores } from "../storage/stores.ts";
import type { StoreLocation } from "../storage/submission-store.ts";
import { PARTICIPANTS_FILE, type Participant, parseParticipantsYaml, readParticipants, siteTextLocales } from "./data.ts";

/** Why an application cannot be approved: the CLI prints the message and fails. */
export class ApprovalError extends Error {}

export interface ApproveOptions {
  location: StoreLocation;
  id: string;
  /** The site's folder: its _data/participants.yaml is edited, its _data/locales.json read. */
  root: string;
  /** When the approval happens: its year is the year the participant joined. */
  now?: Date;
}

export interface Approval {
  name: string;
  country: string;
  joined: number;
  application: string;
  /** The line of the new entry in the file. */
  line: number;
  file: string;
}

/**
 * Approves one stored participation application: its authority is appended to the participants of
 * _data/participants.yaml (name, country, year, application id), the file's comments, order and
 * formatting kept, and checked as the build checks it before it is written. Refuses an unknown id,
 * a record of another form (or of a deploy preview's store), and an application already approved.
 */
export async function approveApplication({ location, id, root, now = new Date() }: ApproveOptions): Promise<Approval> {
  const found = await findById(openSubmissionStores(location), id);
  if (found.length === 0) throw new ApprovalError(`approve: no stored record has the id "${id}"; \`npm run submissions -- list\` shows the applications' ids`);
  const application = found.find(({ store }) => store.name === APPLICATIONS);
  if (!application) {
    const stores = found.map(({ store }) => store.name).join(", ");
    throw new ApprovalError(
      `approve: "${id}" is a record of the store ${stores}, not a participation application (store ${APPLICATIONS}); only those can be approved`,
    );
  }
  const { authority, country } = application.record.fields as { authority?: unknown; country?: unknown };
  if (typeof authority !== "string" || authority.trim() === "" || !(COE_MEMBER_STATES as readonly unknown[]).includes(country)) {
    throw new ApprovalError(`approve: "${id}" has no authority name or no member state's country code: it is not a participation application`);
  }

  const file = join(root, PARTICIPANTS_FILE);
  const locales = siteTextLocales(join(root, "_data"));
  const text = readFileSync(file, "utf8");
  // A file that already fails the build is not edited further.
  const current = readParticipants(text, PARTICIPANTS_FILE, locales);
  const name = authority.trim();
  const approvedBefore = current.participants.findIndex((p) => p.application === id);
  if (approvedBefore >= 0) throw new ApprovalError(`approve: "${id}" is already approved: it is participants.${approvedBefore} in ${PARTICIPANTS_FILE}`);
  const spellings = (p: Participant) => [p.name, ...Object.values(p.nameIn ?? {})].map((spelling) => spelling.toLowerCase());
  const listed = current.participants.findIndex((p) => p.country === country && spellings(p).includes(name.toLowerCase()));
  if (listed >= 0)
    throw new ApprovalError(
      `approve: "${name}" (${country}) is already listed as participants.${listed} in ${PARTICIPANTS_FILE}; edit that entry by hand if it is the same authority`,
    );

  const joined = now.getUTCFullYear();
  const { document } = parseParticipantsYaml(text);
  const participants = document.get("participants", true);
  // The checks above passed: `participants` is a list.
  if (!isSeq(participants)) throw new Error(`${PARTICIPANTS_FILE}: participants: not a list`);
  // Every field the online editor writes, in its order: it would add `founding: false` on its next save.
  participants.items.push(document.createNode({ name, country, joined, founding: false, application: id }));
  // lineWidth 0: no long value of the file is folded anew.
  const edited = document.toString({ lineWidth: 0 });
  readParticipants(edited, PARTICIPANTS_FILE, locales, joined);
  writeFileSync(file, edited);

  return { name, country: country as string, joined, application: id, line: lastEntryLine(edited), file: PARTICIPANTS_FILE };
}

/** The line of the last participant's first field, in the file as written. */
function lastEntryLine(text: string): number {
  const { document, lineCounter } = parseParticipantsYaml(text);
  const list = document.get("participants", true);
  const last = isSeq(list) ? list.items.at(-1) : undefined;
  const first = isMap(last) ? last.items[0]?.key : undefined;
  return isScalar(first) && first.range ? lineCounter.linePos(first.range[0]).line : 0;
}

/** What the secretariat does next: the change is published through a pull request, like any content. */
export function approvalReport({ name, country, joined, application, line, file }: Approval): string[] {
  const branch = `participants/${application.slice(0, 13).toLowerCase()}`;
  return [
    `Added "${name}" (${country}, joined ${joined}) to ${file}, line ${line}, from application ${application}.`,
    "The published figure (the last count of `history`) is unchanged: change it only from a published source.",
    "Publish the change through a pull request:",
    `  git switch -c ${branch}`,
    `  git add ${file}`,
    `  git commit -m ${shellQuoted(`Participants: ${name} (${country}) joins, application ${application}`)}`,
    `  git push -u origin ${branch}`,
    "then open the pull request; its checks and deploy preview show the participants page with the new entry.",
  ];
}

/** A word the shell takes as it is, whatever the authority's name holds. */
const shellQuoted = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;
