import { ENHANCE_SCRIPT_PATH } from "@/lib/domain/urls";
import { PLAIN_PAGE_ATTRIBUTE, scriptUrl } from "@/lib/server/plain-page";

/**
 * The one script a plain page runs (lib/server/plain-page.ts says what that is), which
 * also declares the page plain: `npm start` sends its HTML without Next's scripts.
 * Deferred, so it runs once the page is parsed. `src` is public/enhance.js unless the
 * page has its own (the embeds' public/embed-frame.js); it is named with its version.
 */
export function PlainPageScript({ src = ENHANCE_SCRIPT_PATH }: { src?: string }) {
  return <script src={scriptUrl(src)} defer {...{ [PLAIN_PAGE_ATTRIBUTE]: "" }} />;
}
