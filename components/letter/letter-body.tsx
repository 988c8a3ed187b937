import type { ComponentPropsWithoutRef, JSX } from "react";
import Markdown, { type Components, type ExtraProps } from "react-markdown";
import remarkGfm from "remark-gfm";

type Props<T extends keyof JSX.IntrinsicElements> = ComponentPropsWithoutRef<T> & ExtraProps;

/*
 * The letter's text sits under the page's h1 and a section h2, so its own headings
 * start at h3. No rehype-raw: HTML in the Markdown is dropped (skipHtml), never
 * rendered, and react-markdown's URL filter removes javascript: and similar links.
 */
const components: Components = {
  h1: ({ node: _node, ...props }: Props<"h1">) => <h3 className="mt-8 text-2xl font-bold" {...props} />,
  h2: ({ node: _node, ...props }: Props<"h2">) => <h3 className="mt-8 text-xl font-bold" {...props} />,
  h3: ({ node: _node, ...props }: Props<"h3">) => <h4 className="mt-6 text-lg font-bold" {...props} />,
  h4: ({ node: _node, ...props }: Props<"h4">) => <h5 className="mt-6 font-bold" {...props} />,
  h5: ({ node: _node, ...props }: Props<"h5">) => <h6 className="mt-6 font-bold" {...props} />,
  h6: ({ node: _node, ...props }: Props<"h6">) => <h6 className="mt-6 font-bold" {...props} />,
  p: ({ node: _node, ...props }: Props<"p">) => <p className="mt-4 first:mt-0" {...props} />,
  ul: ({ node: _node, ...props }: Props<"ul">) => (
    <ul className="mt-4 list-disc space-y-1.5 pl-6 marker:text-ink-muted" {...props} />
  ),
  ol: ({ node: _node, ...props }: Props<"ol">) => (
    <ol className="mt-4 list-decimal space-y-1.5 pl-6 marker:text-ink-muted" {...props} />
  ),
  blockquote: ({ node: _node, ...props }: Props<"blockquote">) => (
    <blockquote
      className="mt-4 border-l-4 border-line-strong bg-paper-deep px-4 py-3 font-sans text-base text-ink-muted first:mt-0 print:bg-transparent print:text-[0.85em] [&>p]:mt-2 [&>p:first-child]:mt-0"
      {...props}
    />
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
  th: ({ node: _node, ...props }: Props<"th">) => (
    <th className="border-b-2 border-line-strong px-3 py-2 font-semibold" {...props} />
  ),
  td: ({ node: _node, ...props }: Props<"td">) => (
    <td className="border-b border-line px-3 py-2" {...props} />
  ),
  code: ({ node: _node, ...props }: Props<"code">) => (
    <code className="rounded bg-paper-deep px-1 font-mono text-[0.9em]" {...props} />
  ),
  pre: ({ node: _node, ...props }: Props<"pre">) => (
    <pre
      className="mt-4 overflow-x-auto rounded-md bg-paper-deep p-4 text-sm [&_code]:bg-transparent"
      {...props}
    />
  ),
};

/** A letter's Markdown text, rendered safely and set like a letter on paper. */
export function LetterBody({ markdown, className = "" }: { markdown: string; className?: string }) {
  return (
    <div className={`font-serif text-lg leading-relaxed text-ink break-words ${className}`.trim()}>
      <Markdown remarkPlugins={[remarkGfm]} components={components} skipHtml>
        {markdown}
      </Markdown>
    </div>
  );
}
