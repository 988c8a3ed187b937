"use server";

import { unstable_rethrow } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/domain/permissions";
import type { ImportWizardState } from "./definitions";
import { importWizardStep } from "./service";

/*
 * The import page's one form action. The steps before the import write nothing, so this
 * is not a defineAction: it checks the permission itself, and the import step runs the
 * defineAction "signature.import", which checks everything again (./service.ts).
 */
export async function importWizardAction(
  _previous: ImportWizardState,
  formData: FormData,
): Promise<ImportWizardState> {
  const user = await getCurrentUser();
  if (!user) return { step: "upload", error: "errors.signInRequired" };
  if (!can(user, "signature.import")) return { step: "upload", error: "errors.notAllowed" };
  try {
    return await importWizardStep(formData);
  } catch (error) {
    unstable_rethrow(error);
    console.error("[action signature.import_wizard]", error);
    return { step: "upload", error: "errors.unexpected" };
  }
}
