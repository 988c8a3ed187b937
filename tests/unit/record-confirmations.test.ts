import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { AskForm } from "@/components/staff/campaigns/ask-forms";
import { EventForm } from "@/components/staff/campaigns/event-form";
import { ResponseForm } from "@/components/staff/campaigns/response-form";
import { messages } from "@/messages/en";

// Each form is drawn as it is just after its record was added: its action answered ok.
vi.mock("react", async (original) => ({
  ...(await original<typeof import("react")>()),
  useActionState: () => [{ ok: true, data: { id: "added", tags: [] } }, () => {}, false],
}));

/** The confirmation staff read above the form after adding a record, in English. */
function shown(form: ReactElement): string {
  const html = renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale: "en-GB",
      messages,
      timeZone: "UTC",
      // biome-ignore lint/correctness/noChildrenProp: createElement in a .ts file; the provider's props require children.
      children: form,
    }),
  );
  return /<p role="status"[^>]*>(?:<span[^>]*>[^<]*<\/span>)?([^<]*)<\/p>/.exec(html)?.[1] ?? "";
}

const choices = { targets: [], texts: [], sessions: [] };
const forms = (inDraft: boolean) => ({
  event: createElement(EventForm, { campaignId: "c", inDraft }),
  ask: createElement(AskForm, { campaignId: "c", inDraft, choices }),
  response: createElement(ResponseForm, { campaignId: "c", inDraft, letters: [], asks: [] }),
});

describe("the confirmation after adding to a campaign's record", () => {
  it("says an event, ask or response in a draft campaign is public once the campaign is published", () => {
    for (const [record, form] of Object.entries(forms(true))) {
      expect(shown(form), record).toMatch(/ once the campaign is published\.$/);
    }
  });

  it("says it is public now in a published campaign", () => {
    const { event, ask, response } = forms(false);
    expect(shown(event)).toBe("Event added. It is on the public timeline now.");
    expect(shown(ask)).toBe("Ask added. It is on the campaign page now.");
    expect(shown(response)).toBe("Response recorded. The public pages show it now.");
  });
});
