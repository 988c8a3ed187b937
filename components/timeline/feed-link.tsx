import { Icon } from "@/components/timeline/icon";
import { useLocalePath } from "@/i18n/locale-path";

const KINDS = {
  atom: { type: "application/atom+xml", icon: "feed" },
  calendar: { type: "text/calendar", icon: "calendar" },
} as const;

/**
 * A visible link to a feed or a calendar to subscribe to (pages also announce their feed
 * in their head, for readers that look there).
 */
export function FeedLink({
  href,
  label,
  kind = "atom",
}: {
  href: string;
  label: string;
  kind?: keyof typeof KINDS;
}) {
  const { type, icon } = KINDS[kind];
  // The feed in the page's language.
  const localized = useLocalePath(href);
  return (
    <p className="mt-3 text-sm">
      <a href={localized} type={type} className="inline-flex items-center gap-1.5 font-semibold">
        <Icon name={icon} className="size-4 shrink-0" />
        {label}
      </a>
    </p>
  );
}
