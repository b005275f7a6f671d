/**
 * What kind of install this is, and its one public address. Nothing here reads a request:
 * the public origin comes from configuration (APP_URL), never from `Host` or
 * `X-Forwarded-Host`, which any client can send.
 */

/** Demo data and demo accounts only in demo mode: on by default for the embedded database. */
export function isDemoMode(): boolean {
  if (process.env.AISLE_DEMO !== undefined) return process.env.AISLE_DEMO !== "0";
  return !process.env.DATABASE_URL;
}

/** A real deployment: a production build that is not the demo. It must be told its secret and its address. */
export function isProductionDeployment(): boolean {
  return process.env.NODE_ENV === "production" && !isDemoMode();
}

/** The origin of an http(s) URL, or null for anything else (a typo, a bare host, `javascript:`). */
export function httpOrigin(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** APP_URL's origin when it is a valid http(s) URL. */
export function configuredOrigin(): string | null {
  return httpOrigin(process.env.APP_URL);
}

/**
 * The app's public origin (canonical links, the sitemap, next-auth's URLs, kiosk and
 * shelf-label QR codes): APP_URL, else this machine on its own port. Production refuses to
 * start without APP_URL (lib/startup.ts), so the fallback only serves local runs.
 */
export function publicOrigin(): string {
  return configuredOrigin() ?? `http://localhost:${/^\d{1,5}$/.test(process.env.PORT ?? "") ? process.env.PORT : "3000"}`;
}

/** Cookies are `Secure` when the public site is HTTPS, and always in a production deployment. */
export function secureCookies(): boolean {
  return isProductionDeployment() || publicOrigin().startsWith("https:");
}

/** Why a production deployment cannot start with this configuration, or null when it can. */
export function productionConfigProblem(): string | null {
  if (!isProductionDeployment()) return null;
  if (!process.env.APP_URL) return "Set APP_URL to the app's public address (e.g. https://shop.example.com) before starting Aisle in production.";
  if (!configuredOrigin()) return `APP_URL must be an http(s) URL such as https://shop.example.com (it is "${process.env.APP_URL}").`;
  return null;
}
