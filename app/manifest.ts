import type { MetadataRoute } from "next";

/** The in-store PWA: installable from the browser, opens on the in-store home. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/in-store",
    name: "Aisle — shop in store",
    short_name: "Aisle",
    description: "Scan shelf labels for price, stock and reviews; scan, pay and go without the queue.",
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
    shortcuts: [{ name: "Scan", short_name: "Scan", url: "/in-store", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] }],
  };
}
