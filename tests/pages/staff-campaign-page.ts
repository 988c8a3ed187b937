import { expect, type Locator, type Page } from "@playwright/test";

/** A staff campaign page, its asks found by their titles and edited through their own forms. */
export class StaffCampaignPage {
  constructor(private readonly page: Page) {}

  /** Creates a campaign against the target whose name matches, left as a draft. */
  async createDraft({ title, target }: { title: string; target: RegExp }) {
    await this.page.goto("/staff/campaigns/new");
    await this.page.getByLabel("Title", { exact: true }).fill(title);
    await this.choose(this.page.getByLabel("Target", { exact: true }), target);
    await this.page.getByRole("button", { name: "Create campaign" }).click();
    await expect(this.page).toHaveURL(/\/staff\/campaigns\/[0-9a-f-]{36}\?created=1$/);
  }

  /** Opens the campaign from the staff list, by a part of its title. */
  async open(title: RegExp) {
    await this.page.goto("/staff/campaigns");
    await this.page.getByRole("link", { name: title }).first().click();
    await expect(this.page).toHaveURL(/\/staff\/campaigns\/[0-9a-f-]{36}$/);
  }

  /** Adds an ask by its title, with a decision date at a precision when one is given. */
  async addAsk(title: string, decision?: { date: string; precision: "Day" | "Month only" | "Year only" }) {
    await this.page.getByText("Add an ask").click();
    const form = this.page
      .locator("form")
      .filter({ has: this.page.getByRole("button", { name: "Add ask" }) });
    await form.getByLabel("The ask", { exact: true }).fill(title);
    if (decision) {
      const group = form.getByRole("group", { name: /^Decision/ });
      await group.getByLabel("Date").fill(decision.date);
      await group.getByLabel("Known to the").selectOption({ label: decision.precision });
    }
    await form.getByRole("button", { name: "Add ask" }).click();
  }

  get asks(): Locator {
    return this.page.getByRole("region", { name: "Asks" });
  }

  /** An ask's card, by its title. */
  ask(title: string): Locator {
    return this.asks.getByRole("listitem").filter({ hasText: title }).first();
  }

  /** Opens the ask's edit form and returns it. */
  async editAsk(title: string): Promise<Locator> {
    const card = this.ask(title);
    await card.getByText("Edit this ask").click();
    const form = card.locator("form").filter({ has: this.page.getByLabel("Resolution text") });
    await expect(form).toBeVisible();
    return form;
  }

  /** Picks the option whose text matches, as a person scanning the list would. */
  async choose(select: Locator, text: RegExp) {
    const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
    await select.selectOption(value ?? "");
  }
}
