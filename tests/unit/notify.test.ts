import { createServer as createNetServer } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fieldNames, fieldSpec } from "../../src/form/fields.ts";
import { formRequest } from "../helpers/applications.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";
import { FORM_CASES, titleOf } from "../helpers/form-cases.ts";

/** A real SMTP server on a local port: what it receives is what the secretariat would. */
interface Received {
  from: string;
  to: string[];
  raw: string;
}
let blobs: TestBlobs;
let smtp: SMTPServer;
let smtpPort: number;
const inbox: Received[] = [];

beforeAll(async () => {
  blobs = await startTestBlobs();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;
  for (const level of ["info", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await blobs?.stop();
});

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(FORM_CASES)("the notification to the secretariat of a $form.name submission", ({ form, handler, valid, emailEn }) => {
  const send = (fields: Record<string, string>) => formRequest(fields, { action: form.action });
  /** The form's text area: where a person writes the most. */
  const textarea = fieldNames(form).find((name) => fieldSpec(form, name).kind === "textarea")!;
  const town = `Lyon ${form.name}`;

  it("emails each new submission, every field escaped, with the sender as Reply-To", async () => {
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${smtpPort}`);
    vi.stubEnv("NOTIFY_TO", "alliance-test@example.org");
    try {
      const title = `Ville <b>de</b> ${town} & Co`;
      const fields = { ...valid(title), [textarea]: '<script>alert("x")</script>\nsecond line', locale: "en" };
      const response = await handler(send(fields));
      expect(response.status).toBe(303);
      const mail = inbox.find((m) => m.raw.includes(town));
      expect(mail?.to).toEqual(["alliance-test@example.org"]);
      const parsed = await simpleParser(mail!.raw);
      expect(parsed.subject).toBe(emailEn.subject(title));
      expect(parsed.replyTo?.text).toBe("jeanne.dupont@example.org");
      for (const line of emailEn.lines) expect(parsed.text).toContain(line);
      expect(parsed.text).toContain('<script>alert("x")</script>'); // plain text shows it as typed
      expect(parsed.html).toContain(`Ville &lt;b&gt;de&lt;/b&gt; ${town} &amp; Co`);
      expect(parsed.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>second line");
      expect(parsed.html).not.toMatch(/<script|<b>/);
      const [record] = (await blobs.storeOf(form).list()).filter((r) => titleOf(form, r) === title);
      expect(parsed.text).toContain(record.id);

      // The same submission again within ten minutes: stored once, so emailed once.
      await handler(send(fields));
      expect(inbox.filter((m) => m.raw.includes(town))).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("a refused SMTP connection is logged and the submission is still stored and accepted", async () => {
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${await closedPort()}`);
    vi.stubEnv("NOTIFY_TO", "alliance-test@example.org");
    try {
      const title = `Kept despite the mail server (${form.name})`;
      const response = await handler(send(valid(title)));
      expect(response.status).toBe(303);
      expect((await blobs.storeOf(form).list()).filter((r) => titleOf(form, r) === title)).toHaveLength(1);
      const logged = vi.mocked(console.error).mock.calls.flat().join("\n");
      expect(logged).toContain(`${form.name}.notify-failed`);
      expect(logged).toMatch(/ECONNREFUSED/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("sends nothing when SMTP_URL or NOTIFY_TO is not set", async () => {
    const before = inbox.length;
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${smtpPort}`);
    vi.stubEnv("NOTIFY_TO", "");
    try {
      expect((await handler(send(valid()))).status).toBe(303);
      expect(inbox.length).toBe(before);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
