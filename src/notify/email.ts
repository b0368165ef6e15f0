import nodemailer from "nodemailer";
import { escapeHtml } from "../html/escape.ts";
import type { FormDefinition } from "../form/fields.ts";
import { translate } from "../form/strings.ts";
import { describeSubmission } from "../form/summary.ts";
import type { SubmissionRecord } from "../storage/submission-store.ts";

/** SMTP_URL (smtp://user:pass@host:port or smtps://…) and NOTIFY_TO turn the notification on; NOTIFY_FROM is optional. */
export interface NotifySettings {
  smtpUrl?: string;
  to?: string;
  from?: string;
}

export function notifySettings(env: NodeJS.ProcessEnv = process.env): NotifySettings {
  return {
    smtpUrl: env.SMTP_URL,
    to: env.NOTIFY_TO,
    from: env.NOTIFY_FROM || `Alliance website <no-reply@${new URL(env.URL || "http://localhost").hostname}>`,
  };
}

/**
 * Emails one submission of a form to the secretariat. Resolves false when no SMTP server is configured;
 * rejects when sending fails (the caller has already stored the submission).
 */
export async function notifySecretariat(form: FormDefinition, record: SubmissionRecord, settings: NotifySettings = notifySettings()): Promise<boolean> {
  if (!settings.smtpUrl || !settings.to) return false;
  const { locale, rows } = describeSubmission(form, record);
  const title = (record.fields as Record<string, string>)[form.titleField] ?? "";
  const t = translate(locale);
  const intro = t(`form.${form.name}.email.intro`);
  // Short timeouts: a function has seconds to answer, and the submission is already safe.
  const transport = nodemailer.createTransport(settings.smtpUrl, { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 });
  try {
    await transport.sendMail({
      from: settings.from,
      to: settings.to,
      replyTo: record.fields.email,
      subject: t(`form.${form.name}.email.subject`, { [form.titleField]: title }),
      text: [intro, "", ...rows.map(([label, value]) => `${label}: ${value}`)].join("\n"),
      html: [
        `<!doctype html><html lang="${escapeHtml(locale)}"><body>`,
        `<p>${escapeHtml(intro)}</p>`,
        "<table>",
        ...rows.map(
          ([label, value]) =>
            `<tr><th scope="row" align="left" valign="top">${escapeHtml(label)}</th><td>${escapeHtml(value).replace(/\n/g, "<br>")}</td></tr>`,
        ),
        "</table></body></html>",
      ].join("\n"),
    });
  } finally {
    transport.close();
  }
  return true;
}
