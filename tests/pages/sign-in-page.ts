import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "answerable-demo";

/** The sign-in page, located by its labels as a person would find it. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(callbackUrl?: string) {
    await this.page.goto(
      callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in",
    );
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel("E-mail address").fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** Signs in and waits for where signing in leads: the staff dashboard for staff, the account page for members. */
  async signInAs(email: string) {
    await this.goto();
    await this.signIn(email);
    await expect(this.page).toHaveURL(/\/(account|staff)$/);
  }
}
