/**
 * Sveltia CMS fields read off the build's own valibot schemas, so the editor asks for what the build
 * checks: the same field names, which are required, their choices and patterns. One function walks a
 * schema; widget hints (a long text, a date) come from the caller, as valibot cannot tell them.
 */
import type * as v from "valibot";

/** A Sveltia CMS field, as config.yml writes it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  /** Left out where the widget takes no such option (hidden). */
  required?: boolean;
  hint?: string;
  options?: (string | number)[];
  multiple?: boolean;
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  default?: unknown;
  i18n?: boolean | "duplicate";
  [option: string]: unknown;
}

/** Per field name: a widget other than the one the schema implies, and its options. */
export type WidgetHints = Record<string, Partial<CmsField>>;

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  options?: unknown[];
  pipe?: { type: string; kind: string; requirement?: unknown; message?: unknown }[];
  default?: unknown;
};

/** The fields of an object schema (a pipe that starts with one counts), in the schema's order. */
export function fieldsOf(schema: v.GenericSchema, hints: WidgetHints = {}, prefix = ""): CmsField[] {
  const object = schema as AnySchema;
  if (!object.entries) throw new Error(`not an object schema: ${object.type}`);
  return Object.entries(object.entries).map(([name, entry]) => fieldOf(name, entry, hints, prefix));
}

function fieldOf(name: string, schema: AnySchema, hints: WidgetHints, prefix: string): CmsField {
  const path = prefix ? `${prefix}.${name}` : name;
  let inner = schema;
  let required = true;
  let fallback: unknown;
  while (inner.type === "optional" || inner.type === "nullish" || inner.type === "exact_optional") {
    required = false;
    if (inner.default !== undefined && typeof inner.default !== "function") fallback = inner.default;
    inner = inner.wrapped!;
  }
  const field: CmsField = { name, label: name, widget: "string", required, ...widgetFor(inner, hints, path) };
  if (fallback !== undefined) field.default = fallback;
  const pattern = inner.pipe?.find((action) => action.type === "regex");
  if (pattern && pattern.requirement instanceof RegExp) field.pattern = [pattern.requirement.source, String(pattern.message ?? "")];
  return { ...field, ...hints[path] };
}

function widgetFor(schema: AnySchema, hints: WidgetHints, path: string): Partial<CmsField> {
  switch (schema.type) {
    case "boolean":
      return { widget: "boolean" };
    case "number":
      return { widget: "number", value_type: "int" };
    case "picklist":
      return { widget: "select", options: schema.options as (string | number)[] };
    case "object":
    case "loose_object":
    case "strict_object":
      return { widget: "object", fields: fieldsOf(schema, hints, path) };
    case "array": {
      const item = schema.item!;
      if (item.entries) return { widget: "list", fields: fieldsOf(item, hints, path) };
      return { widget: "list", field: fieldOf("item", item, hints, path) };
    }
    default:
      // Strings, dates written as text, unions of a word or a list: text the build checks itself.
      return { widget: "string" };
  }
}

/** Every required field, as dotted paths ("image.alt" is required once an image is given). */
export function requiredPaths(fields: CmsField[], prefix = ""): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const own = field.required ? [path] : [];
    const nested = field.fields ? requiredPaths(field.fields, path) : [];
    return [...own, ...nested];
  });
}
