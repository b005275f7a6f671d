import type { Metadata } from "next";
import Forbidden from "../../forbidden";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The 403 page as a prerendered file: proxy.ts answers a signed-in visitor who may not open a
 * staff or admin page with it (status 403), before the cached page would have started with 200.
 */
export default Forbidden;
