import { organisations, targets, users } from "@/db/schema";

/*
 * Select shapes several query modules read: who a user account, an organisation or a
 * target is, as lists and pages name it. Each query adds the columns of its own view.
 */

/** A user account as the admin pages list it; withDisabledFlag turns `disabledAt` into `disabled`. */
export const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
};

/** The row with its account's disabledAt read as whether the account is disabled. */
export function withDisabledFlag<T extends { disabledAt: Date | null }>({
  disabledAt,
  ...row
}: T): Omit<T, "disabledAt"> & { disabled: boolean } {
  return { ...row, disabled: disabledAt !== null };
}

/** Who an organisation is, as its public page and every staff view of it start. */
export const organisationIdentityColumns = {
  id: organisations.id,
  slug: organisations.slug,
  name: organisations.name,
  shortName: organisations.shortName,
  kind: organisations.kind,
  country: organisations.country,
};

/** Who a target is, as the public and staff target lists name it. */
export const targetIdentityColumns = {
  id: targets.id,
  slug: targets.slug,
  name: targets.name,
  kind: targets.kind,
  country: targets.country,
};
