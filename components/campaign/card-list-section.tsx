import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import type { TargetWording } from "@/lib/domain/campaigns";

/** The message namespaces of the sections, each with heading, intro and empty. */
type CardListNamespace = "campaignPage.asks" | "campaignPage.letters";

/**
 * A part of the campaign page that lists records as cards (its asks, its letters), or
 * says in their place that there are none yet. Its texts come from its own namespace.
 */
export async function CardListSection({
  id,
  namespace,
  who,
  isEmpty,
  ordered = false,
  footer,
  children,
}: {
  /** The heading's id, which labels the section. */
  id: string;
  namespace: CardListNamespace;
  /** Whom the campaign presses, as its intro names them. */
  who: TargetWording;
  isEmpty: boolean;
  /** Numbered, where the order means something. */
  ordered?: boolean;
  /** Under the list, when there is one: a legend of what the cards show. */
  footer?: ReactNode;
  /** The cards, each an `li`. */
  children: ReactNode;
}) {
  const t = await getTranslations(namespace);
  const List = ordered ? "ol" : "ul";
  return (
    <Section id={id} heading={t("heading")} intro={t("intro", { who })}>
      {isEmpty ? (
        <EmptyState className="mt-6">{t("empty")}</EmptyState>
      ) : (
        <>
          <List className="mt-6 flex flex-col gap-5">{children}</List>
          {footer}
        </>
      )}
    </Section>
  );
}
