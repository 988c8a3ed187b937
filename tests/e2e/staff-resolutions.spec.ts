import { UN_STATES } from "@/lib/domain/un/states";
import { expect, type Locator, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * Staff record the UN record in the browser: a body, its session, a resolution line and
 * its text, then a 60-name sponsor list pasted as a UN document prints it, with three
 * names misspelt. The preview names them with suggestions; staff fix them there (two by
 * picking a suggestion, one by typing the name) and save all 60 positions at once.
 */

test.describe.configure({ mode: "serial" });

// Fresh names per run, so the test does not depend on (or collide with) the demo data.
const RUN = Date.now().toString(36);
const BODY = `Regional Human Rights Commission ${RUN}`;
const SESSION = `RHC1-${RUN}`;
const LINE = `Situation of human rights in a test country ${RUN}`;

const MISSPELT = ["Autsria", "Republic of Koria", "Phillipines"];
const CORRECT = UN_STATES.filter(
  (s) => s.status === "member" && !["KOR", "AUT", "PHL", "COG", "COD", "PRK"].includes(s.iso3),
)
  .slice(0, 57)
  .map((s) => s.name);
const NAMES = [...CORRECT.slice(0, 10), MISSPELT[0], ...CORRECT.slice(10, 40), MISSPELT[1]].concat(
  CORRECT.slice(40),
  [MISSPELT[2]],
);
const SIXTY = `${NAMES.slice(0, -1).join(", ")} and ${NAMES.at(-1)}`;

async function asStaff(page: Page) {
  await new SignInPage(page).signInAs("staff@answerable.example");
}

/** Opens a closed form ("Add a body") by its summary, and returns the form inside. */
async function openForm(page: Page, summary: string): Promise<Locator> {
  const toggle = page.locator("summary").filter({ hasText: summary });
  await toggle.click();
  return page.locator("details").filter({ has: toggle }).locator("form");
}

/** Picks the option whose text matches, as a person scanning the list would. */
async function chooseOption(select: Locator, text: string | RegExp) {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

let textUrl: string;

test("staff add a body, a session, a resolution line and its text", async ({ page }) => {
  await asStaff(page);
  await page.goto("/staff");
  await page
    .getByRole("navigation", { name: "Staff workspace" })
    .getByRole("link", { name: "Resolutions" })
    .click();
  await expect(page.getByRole("heading", { name: "UN resolutions", level: 1 })).toBeVisible();

  const body = await openForm(page, "Add a body");
  await body.getByLabel("Name", { exact: true }).fill(BODY);
  await body.getByLabel("Short name").fill(`RHC ${RUN}`);
  await body.getByLabel("Kind").selectOption({ label: "Other body (regional, treaty body…)" });
  await body.getByRole("button", { name: "Add the body" }).click();
  await expect(page.getByRole("heading", { name: BODY, level: 1 })).toBeVisible();
  await expect(page.getByText("The body is added.")).toBeVisible();

  const session = await openForm(page, "Add a session");
  await session.getByLabel("Number").fill("1");
  await session.getByLabel("Label").fill(SESSION);
  await session.getByLabel("First day").fill("2019-10-01");
  await session.getByLabel("Last day").fill("2019-11-30");
  await session.getByRole("button", { name: "Add the session" }).click();
  await expect(page.getByRole("heading", { name: SESSION, level: 3 })).toBeVisible();

  await page.getByRole("link", { name: "All resolutions" }).click();
  const line = await openForm(page, "Add a resolution line");
  await chooseOption(line.getByLabel("Body"), BODY);
  await line.getByLabel("Title", { exact: true }).fill(LINE);
  await line.getByRole("button", { name: "Add the line" }).click();
  await expect(page.getByRole("heading", { name: LINE, level: 3 })).toBeVisible();

  const text = await openForm(page, "Add a text at a session");
  await chooseOption(text.getByLabel("Resolution line"), LINE);
  await chooseOption(text.getByLabel("Session"), SESSION);
  await text.getByLabel("Title", { exact: true }).fill(LINE);
  await text.getByLabel("Draft symbol").fill("A/C.3/74/L.27");
  await text.getByRole("button", { name: "Add the text" }).click();
  await expect(page.getByRole("heading", { name: LINE, level: 1 })).toBeVisible();
  await expect(page.getByText("The text is added.")).toBeVisible();
  textUrl = new URL(page.url()).pathname;
  expect(textUrl).toMatch(/^\/staff\/resolutions\/texts\/[0-9a-f-]{36}$/);
});

test("staff paste a 60-name sponsor list, fix the 3 misspelt names in the preview, and save all 60", async ({
  page,
}) => {
  await asStaff(page);
  await page.goto(textUrl);
  // The list's own fields stay through every step; the text box gives way to the preview.
  const paste = page.locator("form").filter({ has: page.getByLabel("What the list records") });

  await paste.getByLabel("What the list records").selectOption({ label: "Co-sponsors (original sponsors)" });
  await paste.getByRole("group", { name: "Date" }).getByLabel("Date").fill("2019-11-14");
  await paste.getByLabel("Source address").fill("https://undocs.org/A/C.3/74/L.27");
  await paste.getByLabel("The list, as printed").fill(SIXTY);
  await paste.getByRole("button", { name: "Preview the names" }).click();

  const preview = page.getByRole("region", { name: "Names in the list" });
  await expect(preview).toContainText("60 names: 57 matched as pasted, 0 fixed, 3 still to fix, 0 left out.");
  await expect(preview.getByRole("table", { name: /57 names matched/ }).getByRole("row")).toHaveCount(58);
  // Each misspelt name is listed with what it could be.
  const koria = preview.getByRole("group", { name: /Republic of Koria/ });
  const autsria = preview.getByRole("group", { name: /Autsria/ });
  const phillipines = preview.getByRole("group", { name: /Phillipines/ });
  for (const group of [koria, autsria, phillipines]) await expect(group).toContainText("not recognised");
  await expect(koria.getByRole("radio", { name: "Republic of Korea" })).toBeVisible();
  await expect(autsria.getByRole("radio", { name: "Austria" })).toBeVisible();
  await expect(phillipines.getByRole("radio", { name: "Philippines" })).toBeVisible();

  // Saving before fixing them is refused, and nothing is saved.
  await paste.getByRole("button", { name: "Save 60 positions" }).click();
  await expect(paste.getByRole("alert")).toContainText("3 names need fixing");
  await expect(koria).toContainText("No state has this name");
  await expect(page.getByRole("table", { name: "Positions on record" })).toHaveCount(0);

  // Two fixed by picking the suggestion, one by typing the name as the UN writes it.
  await koria.getByRole("radio", { name: "Republic of Korea" }).check();
  await autsria.getByRole("radio", { name: "Austria" }).check();
  await phillipines.getByLabel("Name of the state instead of “Phillipines”").fill("Philippines");
  await expect(phillipines.getByRole("radio", { name: "The name typed below" })).toBeChecked();
  await paste.getByRole("button", { name: "Check the names again" }).click();
  await expect(preview).toContainText("60 names: 57 matched as pasted, 3 fixed, 0 still to fix, 0 left out.");
  await expect(phillipines).toContainText("will be recorded as Philippines");

  await paste.getByRole("button", { name: "Save 60 positions" }).click();
  await expect(page.getByText("60 positions recorded.")).toBeVisible();
  // The form is ready for the next list; the positions are listed below it.
  await expect(paste.getByLabel("The list, as printed")).toHaveValue("");
  const recorded = page.getByRole("table", { name: "Positions on record" });
  await expect(recorded.getByRole("row")).toHaveCount(61);
  for (const state of ["Republic of Korea", "Austria", "Philippines", CORRECT[0]]) {
    await expect(recorded.getByRole("rowheader", { name: state, exact: true })).toBeVisible();
  }
  await expect(
    recorded.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Republic of Korea" }) }),
  ).toContainText("Co-sponsor (original sponsor)");
});
