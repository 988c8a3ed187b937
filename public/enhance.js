// @ts-check
/*
 * The one script of Answerable's plain pages (lib/server/plain-page.ts): every public
 * page works without it, and it adds what only script can. Each job is asked for by the
 * server's HTML through a data- attribute, with its words already in the page's language:
 * - data-account-slot: who is signed in (/api/me) chooses the header's control, from
 *   the templates the server drew (components/layout/account-controls.tsx);
 * - data-language-link: the language control keeps the query the page was opened with;
 * - data-focus-on-load: a refused form's summary takes focus when its page arrives;
 * - data-pending-label: a form's submit button says it is working, and a second press
 *   sends nothing more;
 * - data-print, data-copy, data-web-share, data-select-on-focus: buttons that need
 *   script, drawn hidden and shown here;
 * - data-timeline-filter: the filter's count of entries shown, "show everything", and
 *   the rail ending at the last entry shown (CSS does the hiding).
 */
(() => {
  const lang = document.documentElement.lang || undefined;

  /** @param {string} selector */
  const all = (selector) => Array.from(document.querySelectorAll(selector));

  /** @param {Element} el */
  const show = (el) => {
    if (el instanceof HTMLElement) el.hidden = false;
  };

  // The account slot: "Sign in", or the account menu without the staff entry for others.
  const slot = document.querySelector("[data-account-slot]");
  if (slot) {
    fetch("/api/me", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : { signedIn: false }))
      .catch(() => ({ signedIn: false }))
      .then((/** @type {{ signedIn: boolean, staff?: boolean }} */ me) => {
        const template = slot.querySelector(
          me.signedIn ? "template[data-signed-in]" : "template[data-signed-out]",
        );
        if (!(template instanceof HTMLTemplateElement)) return;
        const content = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
        if (!me.staff) for (const item of content.querySelectorAll("[data-staff-only]")) item.remove();
        slot.append(content);
      });
  }

  // The language control leads to this page, with its query, in the other language.
  if (location.search) {
    for (const link of all("a[data-language-link]")) {
      if (!(link instanceof HTMLAnchorElement)) continue;
      const url = new URL(link.href);
      const path = (url.searchParams.get("path") ?? "/").split("?")[0];
      url.searchParams.set("path", path + location.search);
      link.href = url.pathname + url.search;
    }
  }

  const summary = document.querySelector("[data-focus-on-load]");
  if (summary instanceof HTMLElement) summary.focus();

  /** Makes the page's forms ready to send again. */
  const ready = () => {
    for (const form of all("form[data-sending]"))
      delete (/** @type {HTMLFormElement} */ (form).dataset.sending);
    for (const button of all("button[data-label]")) {
      const b = /** @type {HTMLButtonElement} */ (button);
      b.textContent = b.dataset.label ?? "";
      b.removeAttribute("aria-disabled");
      delete b.dataset.label;
    }
  };

  // A form being sent says so, and is sent once. Back from the next page it is ready
  // again, and after a while if no page came (a download, a lost connection).
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.dataset.sending !== undefined) {
      event.preventDefault();
      return;
    }
    form.dataset.sending = "";
    const button = /** @type {SubmitEvent} */ (event).submitter;
    if (button instanceof HTMLButtonElement && button.dataset.pendingLabel) {
      button.dataset.label = button.textContent ?? "";
      button.textContent = button.dataset.pendingLabel;
      button.setAttribute("aria-disabled", "true");
    }
    setTimeout(ready, 15_000);
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) ready();
  });

  for (const button of all("[data-print], [data-copy]")) show(button);
  if (typeof navigator.share === "function") for (const button of all("[data-web-share]")) show(button);

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest("[data-print]")) {
      window.print();
      return;
    }
    const copy = target?.closest("[data-copy]");
    if (copy instanceof HTMLElement) {
      const field = document.getElementById(copy.dataset.copy ?? "");
      const status = copy.closest("section")?.querySelector("[data-copy-status]");
      const say = (/** @type {string | undefined} */ text) => {
        if (status) status.textContent = text ?? "";
      };
      if (!(field instanceof HTMLInputElement)) return;
      navigator.clipboard.writeText(field.value).then(
        () => say(copy.dataset.copied),
        () => {
          field.select();
          say(copy.dataset.copyFailed);
        },
      );
      return;
    }
    const share = target?.closest("[data-web-share]");
    if (share instanceof HTMLElement) {
      const { shareTitle: title, shareText: text, shareUrl: url } = share.dataset;
      navigator.share({ title, text, url }).catch(() => {});
    }
  });

  document.addEventListener("focusin", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.dataset.selectOnFocus !== undefined)
      event.target.select();
  });

  // The timeline filter: CSS hides an unticked kind's entries; this says how many remain.
  for (const filter of all("[data-timeline-filter]")) {
    if (!(filter instanceof HTMLElement)) continue;
    const boxes = /** @type {HTMLInputElement[]} */ (
      Array.from(filter.querySelectorAll("input[type=checkbox]"))
    );
    const entries = /** @type {HTMLElement[]} */ (Array.from(filter.querySelectorAll("li[data-kind]")));
    const status = filter.querySelector("[role=status]");
    const showAll = filter.querySelector("[data-show-all]");
    const numbers = new Intl.NumberFormat(lang);
    const update = () => {
      const hidden = new Set(boxes.filter((box) => !box.checked).map((box) => box.value));
      const shown = entries.filter((entry) => !hidden.has(entry.dataset.kind ?? ""));
      for (const entry of entries) entry.toggleAttribute("data-last-shown", entry === shown.at(-1));
      if (status)
        status.textContent =
          shown.length === 0
            ? (filter.dataset.none ?? "")
            : (filter.dataset.status ?? "").replace("{shown}", numbers.format(shown.length));
      if (showAll instanceof HTMLElement) showAll.hidden = hidden.size === 0;
    };
    filter.addEventListener("change", update);
    showAll?.addEventListener("click", () => {
      for (const box of boxes) box.checked = true;
      update();
    });
    if (boxes.length > 0) update();
  }
})();
