import { expect, type Locator, type Page } from "@playwright/test";

/*
 * The staff side of a letter, located by labels as staff would find things: a new
 * target, a new letter and its targets, its lifecycle, and the response form.
 */

/** Picks the option whose text matches, as a person scanning the list would. */
async function choose(select: Locator, text: RegExp) {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

export class StaffLetterPage {
  constructor(private readonly page: Page) {}

  /** Creates a government target linked to a UN state, its deadlines counted in `timeZone`. */
  async createTarget({ name, state, timeZone }: { name: string; state: RegExp; timeZone: string }) {
    await this.page.goto("/staff/targets/new");
    await this.page.getByLabel("Name", { exact: true }).fill(name);
    await choose(this.page.getByLabel("UN state"), state);
    await this.page.getByLabel("Time zone", { exact: true }).fill(timeZone);
    await this.page.getByRole("button", { name: "Create target" }).click();
    await expect(this.page).toHaveURL(/\/staff\/targets\/[0-9a-f-]{36}/);
  }

  /** The fieldset that says whom the letter goes to. */
  get targets(): Locator {
    return this.page.getByRole("group", { name: "Targets" });
  }

  /** Starts a draft in the campaign, addressed to its main target and to `others` by name. */
  async createLetter({
    campaign,
    title,
    addressee,
    text,
    others,
    deadlineDays,
  }: {
    campaign: RegExp;
    title: string;
    addressee: string;
    text: string;
    others: string[];
    deadlineDays: number;
  }) {
    await this.page.goto("/staff/letters/new");
    await choose(this.page.getByLabel("Campaign", { exact: true }), campaign);
    await this.page.getByLabel("Title", { exact: true }).fill(title);
    await this.page.getByLabel("Addressed to", { exact: true }).fill(addressee);
    await this.page.getByLabel("Text (Markdown)").fill(text);
    if (others.length > 0) {
      await this.targets.getByText(/^Other targets/).click();
      for (const name of others) await this.targets.getByRole("checkbox", { name: new RegExp(name) }).check();
    }
    await this.page.getByLabel("A number of calendar days after sending", { exact: true }).check();
    await this.page.getByLabel("Calendar days after sending", { exact: true }).fill(String(deadlineDays));
    await this.page.getByRole("button", { name: "Create draft" }).click();
    await expect(this.page).toHaveURL(/\/staff\/letters\/[0-9a-f-]{36}\?created=1$/);
  }

  /** Gives one target its own addressee line, and saves. */
  async setTargetLine(target: string, line: string) {
    await this.page.getByLabel(`Addressee line for ${target}`, { exact: true }).fill(line);
    await this.page.getByRole("button", { name: "Save changes" }).click();
    await expect(this.page.getByText("Changes saved.")).toBeVisible();
  }

  async openForSigning() {
    await this.page.getByRole("button", { name: "Open for signing" }).click();
    await expect(this.page.getByText("The letter is open for signing.")).toBeVisible();
  }

  /** Records the letter as sent on `on`, known to `precision` ("Only the month": the source says "October 2017"). */
  async markSent(
    on: string,
    precision?: "The exact day" | "Only the month" | "Only the year",
    openedOn?: string,
  ) {
    await this.page.getByLabel("Sent on", { exact: true }).fill(on);
    if (precision) {
      await this.page.getByLabel("How precisely is the date known?").selectOption({ label: precision });
    }
    if (openedOn) await this.page.getByLabel("Signing opened on (optional)").fill(openedOn);
    await this.page.getByRole("button", { name: "Mark as sent" }).click();
    await expect(this.page.getByText(/The letter is recorded as sent/)).toBeVisible();
  }

  /** Records the letter as sent on one of the days from `first` to `last` ("28 or 29 September 2017"). */
  async markSentWithin(first: string, last: string) {
    await this.page.getByLabel("Sent on", { exact: true }).fill(first);
    await this.page.getByLabel("How precisely is the date known?").selectOption({ label: "A range of days" });
    await this.page.getByLabel("Last day of the range").fill(last);
    await this.page.getByRole("button", { name: "Mark as sent" }).click();
  }

  /** The public address the letter is at once it is public. */
  async publicPath(): Promise<string> {
    const href = await this.page
      .getByRole("link", { name: /public page/i })
      .first()
      .getAttribute("href");
    expect(href).toMatch(/^\/campaigns\/.+\/letters\/.+/);
    return href!;
  }

  /** Records, on the campaign's staff page, that one of the letter's targets answered. */
  async recordResponse({
    campaign,
    letter,
    target,
    on,
    summary,
  }: {
    campaign: RegExp;
    letter: string;
    target: RegExp;
    on: string;
    summary: string;
  }) {
    await this.page.goto("/staff/campaigns");
    await this.page.getByRole("link", { name: campaign }).first().click();
    await this.page.getByText("Record a response").click();
    const form = this.page
      .locator("form")
      .filter({ has: this.page.getByLabel("Letter answered") })
      .last();
    await choose(form.getByLabel("Letter answered"), new RegExp(letter));
    await choose(form.getByLabel("Who answered"), target);
    await form.getByLabel("Kind of response").selectOption({ label: "Written reply" });
    await form.getByLabel("Stance").selectOption({ label: "Positive" });
    await form.getByRole("group", { name: "When" }).getByLabel("Date").fill(on);
    await form.getByLabel("Summary").fill(summary);
    await form.getByRole("button", { name: "Record response" }).click();
    await expect(this.page.getByText("Response recorded. The public pages show it now.")).toBeVisible();
  }
}
