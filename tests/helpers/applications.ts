import type { NewApplication } from "../../src/storage/applications.ts";
import { DAY_MS } from "../../src/storage/keys.ts";
import { privacy } from "../../src/storage/privacy-settings.ts";

/** A complete, valid application as a browser sends it (field name → value), with a distinguishing name. */
export type FormFields = Record<
  "authority" | "authority_type" | "country" | "contact_name" | "position" | "email" | "phone" | "message" | "consent" | "locale" | "website",
  string
>;

export function validFields(authority = `Ville de Strasbourg ${Math.random().toString(36).slice(2)}`): FormFields {
  return {
    authority,
    authority_type: "municipality",
    country: "FR",
    contact_name: "Jeanne Dupont",
    position: "Maire adjointe",
    email: "jeanne.dupont@example.org",
    phone: "+33 1 23 45 67 89",
    message: "Bonjour,\r\nnous souhaitons participer.",
    consent: "yes",
    locale: "fr",
    website: "",
  };
}

const ORIGIN = "https://alliance.example.org";

/** A POST to a form's function (the participation form's unless `action` says) as the site's own page sends it. */
export function formRequest(
  fields: Record<string, string>,
  init: { headers?: Record<string, string>; type?: "urlencoded" | "json" | "multipart"; action?: string } = {},
): Request {
  const type = init.type ?? "urlencoded";
  let body: BodyInit;
  const headers: Record<string, string> = { origin: ORIGIN, "sec-fetch-site": "same-origin" };
  if (type === "json") {
    body = JSON.stringify(fields);
    headers["content-type"] = "application/json";
  } else if (type === "multipart") {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    body = form; // the Request sets the multipart content type and boundary
  } else {
    body = new URLSearchParams(fields).toString();
    headers["content-type"] = "application/x-www-form-urlencoded";
  }
  return new Request(`${ORIGIN}${init.action ?? "/api/participate"}`, { method: "POST", body, headers: { ...headers, ...init.headers } });
}

/** An application as the store keeps it, received `daysAgo` days before `now`, with a client hash. */
export function storedApplication(
  authority: string,
  daysAgo: number,
  { now = Date.now(), ...fields }: Partial<NewApplication["fields"]> & { now?: number } = {},
): NewApplication {
  return {
    receivedAt: new Date(now - daysAgo * DAY_MS).toISOString(),
    locale: "en",
    fields: {
      authority,
      authority_type: "region",
      country: "ES",
      contact_name: "Ana García",
      position: "Director",
      email: "ana@example.org",
      phone: "",
      message: "",
      consent: "yes",
      ...fields,
    },
    clientHash: "0".repeat(32),
    privacyNoticeVersion: privacy.noticeVersion,
  };
}
