import nunjucks from "nunjucks";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Text escaped as the templates' autoescape escapes it (Nunjucks': a backslash too), for markup made in
 * JavaScript that must be the bytes a template would have written.
 */
export function escapeAsTemplates(value: unknown): string {
  return nunjucks.lib.escape(String(value));
}
