import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadOrganisationList, type PublicOrganisationSummary } from "@/db/queries/public-organisations";
import type { ActorDto } from "@/db/queries/users";
import {
  addCoalitionMemberDefinition,
  createOrganisationDefinition,
  endCoalitionMembershipDefinition,
} from "@/lib/actions/organisations/definitions";
import {
  signOrganisationDefinition,
  withdrawOrganisationSignatureDefinition,
} from "@/lib/actions/signing/definitions";
import { cacheTags } from "@/lib/domain/cache-tags";
import { actionRunner, ok } from "../helpers/actions";
import { updatedTags } from "../helpers/next-cache";
import {
  createActor,
  createLetter,
  createOrganisation,
  organisationInput,
  setupOpenLetter,
} from "../helpers/signing-fixtures";

/*
 * The public list of organisations (GET /api/v1/organisations): what it counts for each
 * organisation follows the writes that change it, and each of those writes expires the
 * list's cache tag.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupOpenLetter();
let staff: ActorDto;
const run = actionRunner(t, () => staff);

beforeAll(async () => {
  staff = await createActor(t.db, { name: "Stella Staff", role: "staff" });
});

/** The list's entry for one organisation, read through every page. */
async function entryOf(slug: string): Promise<PublicOrganisationSummary | undefined> {
  const rows: PublicOrganisationSummary[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const list = await loadOrganisationList(t.db, { page, pageSize: 2 });
    pageCount = list.pageCount;
    rows.push(...list.rows);
  }
  return rows.find((o) => o.slug === slug);
}

describe("the list of organisations", () => {
  it("lists a new coalition with what it declares, and counts its members as they join and leave", async () => {
    const created = await ok(
      run(createOrganisationDefinition, {
        name: "Asia Rights Coalition",
        kind: "coalition",
        country: "kr",
        declaredMembership: "120",
        declaredMembershipLabel: "over 120",
      }),
    );
    expect(updatedTags).toContain(cacheTags.organisationList);
    const [slug] = updatedTags.filter((tag) => tag.startsWith("organisation:")).map((tag) => tag.slice(13));
    expect(await entryOf(slug!)).toMatchObject({
      name: "Asia Rights Coalition",
      kind: "coalition",
      country: "KR",
      declaredMembership: { count: 120, label: "over 120" },
      currentMembers: 0,
      lettersSigned: 0,
    });

    const member = await createOrganisation(t.db, "Seoul Watch");
    updatedTags.length = 0;
    const joined = await ok(
      run(addCoalitionMemberDefinition, { coalitionId: created.id, memberId: member.id }),
    );
    expect(updatedTags).toContain(cacheTags.organisationList);
    expect((await entryOf(slug!))?.currentMembers).toBe(1);
    expect((await entryOf(member.slug))?.currentCoalitions).toBe(1);

    updatedTags.length = 0;
    await ok(run(endCoalitionMembershipDefinition, { id: joined.id, leftOn: "2020-01-01" }));
    expect(updatedTags).toContain(cacheTags.organisationList);
    expect((await entryOf(slug!))?.currentMembers).toBe(0);
    expect((await entryOf(member.slug))?.currentCoalitions).toBe(0);
  });

  it("counts the public letters an organisation signed with its name shown, as its page lists them", async () => {
    const org = await createOrganisation(t.db, "Justice Now");
    const signer = await createActor(t.db, {
      name: "Sam Signer",
      memberships: [{ organisation: org, role: "signer" }],
    });
    const sign = (letterId: string, visibility = "public") =>
      run(signOrganisationDefinition, organisationInput(letterId, org.id, visibility), signer);

    updatedTags.length = 0;
    const signed = await ok(sign(t.letter.id));
    expect(updatedTags).toContain(cacheTags.organisationList);
    expect((await entryOf(org.slug))?.lettersSigned).toBe(1);

    // Signed without its name: counted in the letter's tally, not here.
    const second = await createLetter(t.db, t.campaign.id);
    await ok(sign(second.id, "name_withheld"));
    expect((await entryOf(org.slug))?.lettersSigned).toBe(1);

    updatedTags.length = 0;
    await ok(
      run(
        withdrawOrganisationSignatureDefinition,
        { signatureId: signed.signatureId, organisationId: org.id },
        signer,
      ),
    );
    expect(updatedTags).toContain(cacheTags.organisationList);
    expect((await entryOf(org.slug))?.lettersSigned).toBe(0);
  });

  it("pages by name without overlap, and narrows to one kind", async () => {
    const all = await loadOrganisationList(t.db, { pageSize: 1000 });
    const first = await loadOrganisationList(t.db, { page: 1, pageSize: 2 });
    const second = await loadOrganisationList(t.db, { page: 2, pageSize: 2 });
    expect([...first.rows, ...second.rows].map((o) => o.slug)).toEqual(
      all.rows.slice(0, 4).map((o) => o.slug),
    );
    expect(first.pageCount).toBe(Math.ceil(all.total / 2));
    const coalitions = await loadOrganisationList(t.db, { kind: "coalition" });
    expect(coalitions.rows.map((o) => o.name)).toEqual(["Asia Rights Coalition"]);
    // Past the last page, the last page.
    expect((await loadOrganisationList(t.db, { page: 99, pageSize: 2 })).page).toBe(first.pageCount);
  });
});
