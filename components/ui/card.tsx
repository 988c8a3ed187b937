import type { ReactNode } from "react";

type CardProps = {
  children: ReactNode;
  as?: "div" | "article" | "section" | "li";
  className?: string;
  /** The id of the heading that names it: a section named so is a landmark region. */
  labelledBy?: string;
};

export function Card({ children, as: Tag = "div", className = "", labelledBy }: CardProps) {
  return (
    <Tag
      aria-labelledby={labelledBy}
      className={`rounded-lg border border-line bg-surface p-5 shadow-[0_1px_2px_rgba(27,31,39,0.05)] sm:p-6 ${className}`.trim()}
    >
      {children}
    </Tag>
  );
}
