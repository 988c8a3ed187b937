/**
 * The flags Debian's Chromium runs with here, besides headless: no sandbox (root in a
 * container), no GPU, and none of its background connections, which this machine's
 * closed network refuses. The browser tests and the Lighthouse run share them.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
