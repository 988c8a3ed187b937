import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { THEME_COLOR } from "@/components/layout/theme";

/** The web app manifest: the name, colours and icons a phone uses when the site is added to its home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations("meta");
  return {
    name: t("defaultTitle"),
    short_name: t("siteName"),
    description: t("description"),
    start_url: "/",
    display: "browser",
    background_color: "#f8f6f1",
    theme_color: THEME_COLOR,
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
