/*
 * Answerable's embed helper, for the page that shows a widget (the "Embed this" snippet
 * loads it after its iframe). It sizes each Answerable widget's iframe to the widget's
 * content: it asks each widget for its height, and sets the iframe's height to what the
 * widget answers, as its content changes and as the iframe's width changes. Only messages
 * from the origin this script came from, sent by one of its widgets' frames, are read.
 * Without this script the iframe keeps the height written in the snippet.
 */
(() => {
  const script = document.currentScript;
  if (!script?.src) return;
  const origin = new URL(script.src).origin;
  const ASK = "answerable:embed-measure";
  const HEIGHT = "answerable:embed-height";

  /** The iframes on this page that show one of this origin's widgets. */
  function widgets() {
    return Array.from(document.querySelectorAll("iframe")).filter((frame) => {
      try {
        const src = new URL(frame.src, document.baseURI);
        return src.origin === origin && src.pathname.startsWith("/embed/");
      } catch {
        return false;
      }
    });
  }

  function ask(frame) {
    frame.contentWindow?.postMessage({ type: ASK }, origin);
  }

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.origin !== origin || !data || data.type !== HEIGHT) return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0 || height > 20000) return;
    for (const frame of widgets()) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });

  for (const frame of widgets()) {
    // Asked now if the widget has loaded already, and again whenever it (re)loads.
    frame.addEventListener("load", () => ask(frame));
    ask(frame);
  }
})();
