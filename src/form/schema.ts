import * as v from "valibot";
import { type FormDefinition, fieldNames, fieldSpec, type Submission } from "./fields.ts";
import { fieldText, type Translate } from "./messages.ts";

/**
 * Invisible characters that have no place in a submission: C0/C1 controls, line and paragraph
 * separators, and the bidirectional overrides that can make text display differently from what it is.
 * A text area may keep its line breaks and tabs.
 */
const FORBIDDEN_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const FORBIDDEN_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** What a browser sends for a textarea (CRLF) is counted like what it let the person type (LF). */
function normalize(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

type Check = v.PipeItem<string, string, v.BaseIssue<unknown>>;

function fieldSchema(form: FormDefinition, name: string, t: Translate, intl: string) {
  const spec = fieldSpec(form, name);
  const text = fieldText(form, name, t, intl);
  const choiceMessage = text.invalid ?? text.required ?? text.notText;
  const checks: Check[] = [v.check((value) => !(spec.kind === "textarea" ? FORBIDDEN_MULTI_LINE : FORBIDDEN_SINGLE_LINE).test(value), text.controlCharacters)];
  if (spec.required) checks.push(v.nonEmpty(text.required ?? choiceMessage));
  if (spec.maxLength) checks.push(v.maxLength(spec.maxLength, text.tooLong));
  // The remaining rules judge what was given; an optional field left empty passes them.
  const given = (rule: (value: string) => boolean) => (value: string) => value === "" || rule(value);
  if (spec.kind === "email")
    checks.push(
      v.check(
        given((value) => v.is(EMAIL, value)),
        text.invalid,
      ),
    );
  if (spec.kind === "url")
    checks.push(
      v.check(
        given((value) => isWebAddress(value)),
        text.invalid,
      ),
    );
  if (spec.pattern) {
    // Browsers compile `pattern` with the v flag and anchor it: the same here.
    const pattern = new RegExp(`^(?:${spec.pattern})$`, "v");
    checks.push(
      v.check(
        given((value) => pattern.test(value)),
        text.invalid,
      ),
    );
  }
  if (spec.options) {
    const options = spec.options;
    checks.push(
      v.check(
        given((value) => options.includes(value)),
        choiceMessage,
      ),
    );
  }
  return v.pipe(v.pipe(v.optional(v.string(text.notText), ""), v.transform(normalize)), ...checks);
}

const EMAIL = v.pipe(v.string(), v.email());

/** A web address people can open: one the WHATWG URL parser reads, http or https, with a host. */
function isWebAddress(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
}

/** A form's schema in one language: the rules of its definition with that language's messages. */
export function formSchema(form: FormDefinition, t: Translate, intl: string) {
  return v.object(Object.fromEntries(fieldNames(form).map((name) => [name, fieldSchema(form, name, t, intl)])));
}

export type ValidationResult = { ok: true; submission: Submission } | { ok: false; errors: Record<string, string> };

/** Validates raw input (any shape at all) against a form: every field's first problem, in the form's order, or the clean submission. */
export function validateSubmission(form: FormDefinition, input: unknown, t: Translate, intl: string): ValidationResult {
  const result = v.safeParse(formSchema(form, t, intl), isRecord(input) ? input : {}, { abortPipeEarly: true });
  if (result.success) return { ok: true, submission: result.output as Submission };
  const errors: Record<string, string> = {};
  for (const issue of result.issues) {
    const name = issue.path?.[0]?.key as string | undefined;
    if (name && !(name in errors)) errors[name] = issue.message;
  }
  return { ok: false, errors: Object.fromEntries(fieldNames(form).flatMap((name) => (name in errors ? [[name, errors[name]]] : []))) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
