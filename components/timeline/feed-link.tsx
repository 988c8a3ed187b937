import { Icon } from "@/components/timeline/icon";

/** A visible link to a feed (pages also announce it in their head, for readers that look there). */
export function FeedLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mt-3 text-sm">
      <a href={href} type="application/atom+xml" className="inline-flex items-center gap-1.5 font-semibold">
        <Icon name="feed" className="size-4" />
        {label}
      </a>
    </p>
  );
}
