/*
 * Inside an Answerable widget (app/embed): when the page framing it asks (public/embed.js),
 * the widget takes the height of its content instead of filling the frame, and tells that
 * page its height, again whenever it changes. Only the framing page that asked is told,
 * and only a number.
 */
(() => {
  if (window.parent === window) return;
  const ASK = "answerable:embed-measure";
  const HEIGHT = "answerable:embed-height";
  let asker = null;
  let observer = null;

  function tell() {
    const card = document.querySelector("[data-embed-card]");
    if (!card || asker === null) return;
    const height = Math.ceil(card.getBoundingClientRect().bottom + window.scrollY);
    window.parent.postMessage({ type: HEIGHT, height }, asker);
  }

  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || !event.data || event.data.type !== ASK) return;
    // A page without an origin of its own (a local file, a sandbox) can only be told as "*".
    asker = event.origin === "null" ? "*" : event.origin;
    document.documentElement.setAttribute("data-embed-sized", "");
    if (observer === null) {
      const card = document.querySelector("[data-embed-card]");
      if (!card) return;
      observer = new ResizeObserver(tell);
      observer.observe(card);
    }
    tell();
  });
})();
