import type { MetadataRoute } from "next";
import { translator } from "@/lib/i18n/translator";

/** The in-store PWA: installable from the browser, opens on the in-store home. */
export default function manifest(): MetadataRoute.Manifest {
  const t = translator("pwa");
  return {
    id: "/in-store",
    name: t("manifest.name"),
    short_name: t("manifest.shortName"),
    description: t("manifest.description"),
    start_url: "/in-store",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#faf7f2",
    theme_color: "#124c30",
    categories: ["shopping"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      {
        name: t("manifest.scanShortcut"),
        short_name: t("manifest.scanShortcut"),
        url: "/in-store",
        icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }],
      },
    ],
  };
}
