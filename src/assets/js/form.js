// A form of the site (participation, cooperation), enhanced: sent with fetch, problems shown beside each field and in a
// summary that takes focus, the thank-you message shown in place. Without this script the form is a
// plain POST that the server answers with a redirect or a page of errors; the server checks everything
// again either way. Messages come from data-* attributes the build wrote from the server's own strings.

const form = document.querySelector("form.site-form");
if (form) enhance(form);

/** @param {HTMLFormElement} form */
function enhance(form) {
  form.noValidate = true; // our messages, shown our way, instead of the browser's bubbles
  const status = document.createElement("p");
  status.className = "form-status";
  status.setAttribute("role", "status");
  form.querySelector("button[type=submit]").before(status);
  let sending = false;

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (sending) return; // a double click sends once
    const problems = browserProblems(form);
    if (problems.size) return showProblems(form, problems);
    sending = true;
    status.textContent = form.dataset.sending;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (response.status === 201) return await showThanks(form);
      if (response.status === 422) {
        const { errors } = await response.json();
        return showProblems(form, new Map(Object.entries(errors)));
      }
      showProblems(form, new Map([["", form.dataset[`status${response.status}`] ?? form.dataset.status500]]));
    } catch {
      showProblems(form, new Map([["", form.dataset.statusNetwork]]));
    } finally {
      sending = false;
      status.textContent = "";
    }
  });
}

/** What the browser already knows is wrong, from the HTML constraints the server's schema wrote. */
function browserProblems(form) {
  const problems = new Map();
  for (const field of form.querySelectorAll(".field[data-field]")) {
    const control = form.elements.namedItem(field.dataset.field);
    const validity = (control instanceof RadioNodeList ? control[0] : control).validity;
    const message = validity.valueMissing
      ? field.dataset.msgRequired
      : validity.tooLong
        ? field.dataset.msgTooLong
        : validity.typeMismatch || validity.patternMismatch
          ? field.dataset.msgInvalid
          : undefined;
    if (message) problems.set(field.dataset.field, message);
  }
  return problems;
}

/** @param {Map<string, string>} problems field name → message; the name "" is a problem of the whole form */
function showProblems(form, problems) {
  clearProblems(form);
  const summary = document.createElement("div");
  summary.className = "error-summary";
  summary.tabIndex = -1;
  summary.setAttribute("aria-labelledby", "error-summary-title");
  const title = document.createElement("h2");
  title.id = "error-summary-title";
  title.textContent = form.dataset.summaryTitle;
  const list = document.createElement("ul");
  for (const [name, message] of problems) {
    const item = document.createElement("li");
    const control = name && markField(form, name, message);
    if (control) {
      const link = document.createElement("a");
      link.href = `#${control.id}`;
      link.textContent = message;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        control.focus();
        (form.querySelector(`label[for="${control.id}"]`)?.closest(".field") ?? control).scrollIntoView({ block: "start" });
      });
      item.append(link);
    } else {
      item.textContent = message;
    }
    list.append(item);
  }
  summary.append(title, list);
  form.prepend(summary);
  summary.focus();
}

/** Shows the message beside the field and ties it to its controls; returns the control to focus. */
function markField(form, name, message) {
  const field = form.querySelector(`.field[data-field="${CSS.escape(name)}"]`);
  if (!field) return undefined;
  const error = document.createElement("p");
  error.className = "field-error";
  error.id = `f-${name}-error`;
  error.textContent = message;
  field.classList.add("field-invalid");
  const controls = [...field.querySelectorAll("input, select, textarea")];
  (field.querySelector("legend") ?? field.querySelector(".hint") ?? field.querySelector("label")).after(error);
  for (const control of controls) {
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-describedby", [control.getAttribute("aria-describedby"), error.id].filter(Boolean).join(" "));
  }
  return controls[0];
}

function clearProblems(form) {
  form.querySelector(".error-summary")?.remove();
  for (const error of form.querySelectorAll(".field-error")) {
    for (const control of error.closest(".field").querySelectorAll("[aria-invalid]")) {
      control.removeAttribute("aria-invalid");
      const rest = control
        .getAttribute("aria-describedby")
        .split(" ")
        .filter((id) => id !== error.id);
      if (rest.length) control.setAttribute("aria-describedby", rest.join(" "));
      else control.removeAttribute("aria-describedby");
    }
    error.closest(".field").classList.remove("field-invalid");
    error.remove();
  }
}

/** Replaces the form with the thank-you page's own text (one source for it); if that fails, goes to the page. */
async function showThanks(form) {
  const url = form.dataset.thanksUrl;
  try {
    const response = await fetch(url, { headers: { Accept: "text/html" } });
    if (!response.ok) throw new Error(String(response.status));
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const article = page.querySelector("main article") ?? page.querySelector("main");
    const thanks = document.createElement("div");
    thanks.className = "form-thanks";
    thanks.tabIndex = -1;
    for (const node of article.childNodes) {
      // The page's h1 becomes this section's heading level: the page keeps its one h1.
      if (node.nodeName === "H1") {
        const heading = document.createElement("h2");
        heading.textContent = node.textContent;
        thanks.append(heading);
      } else thanks.append(document.importNode(node, true));
    }
    form.replaceWith(thanks);
    thanks.focus();
  } catch {
    window.location.assign(url);
  }
}
