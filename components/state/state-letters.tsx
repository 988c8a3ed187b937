import { getTranslations } from "next-intl/server";
import { AddressedLetters } from "@/components/targets/addressed-letters";
import { ClockFiguresSection } from "@/components/targets/clock-figures";
import type { StateLetter, StateRecord } from "@/db/queries/states";

/** The letters addressed to the state's targets, each on its own target's clock. */
export async function StateLetters({ letters }: { letters: readonly StateLetter[] }) {
  const t = await getTranslations("statePage");
  return (
    <AddressedLetters
      letters={letters}
      heading={t("letters.heading")}
      empty={t("letters.empty")}
      nameTarget
    />
  );
}

/** How the state's targets have answered: the target page's figures, for the whole state. */
export async function StateFigures({ figures }: { figures: StateRecord["figures"] }) {
  const t = await getTranslations("statePage");
  return <ClockFiguresSection figures={figures} heading={t("figures.heading")} note={t("figures.note")} />;
}
