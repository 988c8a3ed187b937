import type { ComponentPropsWithoutRef, ElementType, JSX } from "react";
import Markdown, { type Components, type ExtraProps } from "react-markdown";
import remarkGfm from "remark-gfm";

type Props<T extends keyof JSX.IntrinsicElements> = ComponentPropsWithoutRef<T> & ExtraProps;

/** A Markdown element drawn as `tag` with the letter's styling; react-markdown's `node` is not passed on. */
function styled<T extends keyof JSX.IntrinsicElements>(tag: T, className: string) {
  const Tag = tag as ElementType;
  return ({ node: _node, ...props }: Props<T>) => <Tag className={className} {...props} />;
}

const ALIGN: Record<string, string> = { left: "text-left", center: "text-center", right: "text-right" };

/**
 * A table cell drawn as `tag`. A Markdown table's column alignment arrives as a style
 * attribute, which the Content-Security-Policy refuses (style-src 'self'): it becomes a class.
 */
function cell<T extends "th" | "td">(tag: T, className: string) {
  const Tag = tag as ElementType;
  return ({ node: _node, style, ...props }: Props<T>) => {
    const align = ALIGN[String(style?.textAlign)];
    return <Tag className={align ? `${className} ${align}` : className} {...props} />;
  };
}

/*
 * The letter's text sits under the page's h1 and a section h2, so its own headings
 * start at h3. No rehype-raw: HTML in the Markdown is dropped (skipHtml), never
 * rendered, and react-markdown's URL filter removes javascript: and similar links.
 */
const components: Components = {
  h1: styled("h3", "mt-8 text-2xl font-bold"),
  h2: styled("h3", "mt-8 text-xl font-bold"),
  h3: styled("h4", "mt-6 text-lg font-bold"),
  h4: styled("h5", "mt-6 font-bold"),
  h5: styled("h6", "mt-6 font-bold"),
  h6: styled("h6", "mt-6 font-bold"),
  p: styled("p", "mt-4 first:mt-0"),
  ul: styled("ul", "mt-4 list-disc space-y-1.5 pl-6 marker:text-ink-muted"),
  ol: styled("ol", "mt-4 list-decimal space-y-1.5 pl-6 marker:text-ink-muted"),
  blockquote: styled(
    "blockquote",
    "mt-4 border-l-4 border-line-strong bg-paper-deep px-4 py-3 font-sans text-base text-ink-muted first:mt-0 print:bg-transparent print:text-[0.85em] [&>p]:mt-2 [&>p:first-child]:mt-0",
  ),
  a: ({ node: _node, href, children, ...props }: Props<"a">) => (
    // Letters quote third-party pages: no endorsement, and no window.opener for them.
    <a href={href} rel="nofollow ugc noopener" {...props}>
      {children}
    </a>
  ),
  // An image would load a third-party resource for every reader; link to it instead.
  img: ({ src, alt }: Props<"img">) =>
    typeof src === "string" && src ? (
      <a href={src} rel="nofollow ugc noopener">
        {alt || src}
      </a>
    ) : null,
  hr: () => <hr className="my-6 border-line" />,
  table: ({ node: _node, ...props }: Props<"table">) => (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left font-sans text-base" {...props} />
    </div>
  ),
  th: cell("th", "border-b-2 border-line-strong px-3 py-2 font-semibold"),
  td: cell("td", "border-b border-line px-3 py-2"),
  code: styled("code", "rounded bg-paper-deep px-1 font-mono text-[0.9em]"),
  pre: styled("pre", "mt-4 overflow-x-auto rounded-md bg-paper-deep p-4 text-sm [&_code]:bg-transparent"),
};

/**
 * A letter's Markdown text, rendered safely and set like a letter on paper; `lang` is the
 * language it is written in, when it may not be the page's.
 */
export function LetterBody({
  markdown,
  className = "",
  lang,
}: {
  markdown: string;
  className?: string;
  lang?: string;
}) {
  return (
    <div
      lang={lang}
      className={`font-serif text-lg leading-relaxed text-ink break-words ${className}`.trim()}
    >
      <Markdown remarkPlugins={[remarkGfm]} components={components} skipHtml>
        {markdown}
      </Markdown>
    </div>
  );
}
