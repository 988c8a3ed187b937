"use client";

import { useEffect, useRef } from "react";
import { Link } from "@/components/ui/link";
import { usePathname } from "@/i18n/client-navigation";

export type StaffNavItem = { key: string; href: string; label: string };

/** Whether `href` is the section `pathname` belongs to; the dashboard only on itself. */
function isCurrent(pathname: string, href: string): boolean {
  if (href === "/staff") return pathname === "/staff";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The section links, the current one marked for assistive technology (aria-current) and
 * by weight and an underline bar, not by colour alone. On narrow screens the row scrolls
 * sideways, so it is brought round to show the current section.
 */
export function StaffNavLinks({ items }: { items: StaffNavItem[] }) {
  const pathname = usePathname();
  const listRef = useRef<HTMLUListElement>(null);

  const currentHref = items.find((item) => isCurrent(pathname, item.href))?.href;

  useEffect(() => {
    const list = listRef.current;
    const current = currentHref ? list?.querySelector<HTMLElement>('a[aria-current="page"]') : null;
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    // Set scrollLeft rather than scrollIntoView, which could also scroll the page.
    const start = current.offsetLeft - list.offsetLeft;
    const end = start + current.offsetWidth;
    if (start < list.scrollLeft || end > list.scrollLeft + list.clientWidth) {
      list.scrollLeft = Math.max(0, start - 16);
    }
  }, [currentHref]);

  // The negative margin lines the first label up with the page; the padding leaves room
  // for the focus outline inside the scrolling row. On narrow screens the right edge fades,
  // hinting that the row goes on, and the wider end padding lets the last link clear the fade.
  return (
    <ul
      ref={listRef}
      className="-mx-3 flex flex-nowrap overflow-x-auto py-1.5 pr-8 pl-1.5 text-sm whitespace-nowrap [mask-image:linear-gradient(to_right,black_calc(100%-2rem),transparent)] sm:flex-wrap sm:overflow-visible sm:pr-1.5 sm:[mask-image:none]"
    >
      {items.map((item) => {
        const current = item.href === currentHref;
        return (
          <li key={item.key} className="shrink-0">
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center border-b-[3px] px-1.5 pt-[3px] text-ink no-underline hover:bg-surface hover:text-ink ${
                current
                  ? "border-accent font-semibold"
                  : "border-transparent font-medium hover:border-line-strong"
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
