/**
 * First-load JavaScript per route, read from a production build (`.next`), as the browser would
 * fetch it on a full page load of that route: the framework's root chunks (`rootMainFiles`:
 * React, React DOM, the App Router, Turbopack's runtime) plus the chunks of every segment on the
 * route's path that renders on a normal load (layouts, templates, loading and error boundaries,
 * global-error and the page). The not-found / forbidden / unauthorized boundaries are left out:
 * their client code loads only when one renders. Chunks a component loads later (next/dynamic,
 * `import()` on interaction or idle, `<Link>` prefetches) are not first-load JS. `noModule`
 * polyfills are not fetched by modern browsers and are left out too.
 *
 * Each file is counted once, gzip-compressed at zlib's default level (what `next start` serves).
 * This is the number the budget is about; Lighthouse's "script transfer size" (also
 * reported) can be larger because it adds whatever scripts load while it is still watching.
 *
 *   npx tsx bench/first-load.ts [buildDir=.]      prints every page route of that build
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

export type FirstLoad = {
  /** URL pattern, e.g. "/p/[slug]". */
  route: string;
  /** gzip bytes of the framework's root chunks (shared by every route). */
  frameworkBytes: number;
  /** gzip bytes of everything the route loads on first load, framework included. */
  totalBytes: number;
  files: Array<{ file: string; gzipBytes: number }>;
};

const LAZY_BOUNDARIES = /\/(not-found|forbidden|unauthorized)$/;
// The App Router's own client components that every page renders (segment routers, boundaries,
// metadata). Next puts them in whichever entry chunk comes first, which can be a not-found chunk.
const FRAMEWORK_CLIENT_MODULES =
  /node_modules\/next\/dist\/esm\/(client\/components\/(layout-router|render-from-template-context|client-page|client-segment|http-access-fallback\/error-boundary)|lib\/framework\/boundary-components|lib\/metadata\/generate\/icon-mark)\.js$/;

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

/** The client-reference manifest of one app route: a script that assigns globalThis.__RSC_MANIFEST[entry]. */
function entryChunks(nextDir: string, appPath: string): string[] {
  const file = path.join(nextDir, "server/app", `${appPath.replace(/^\//, "")}_client-reference-manifest.js`);
  type Manifest = { entryJSFiles?: Record<string, string[]>; clientModules?: Record<string, { chunks: string[] }> };
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, Manifest> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[appPath];
  if (!manifest?.entryJSFiles) throw new Error(`no entryJSFiles for ${appPath} in ${file}`);
  const segments = Object.entries(manifest.entryJSFiles)
    .filter(([entry]) => !LAZY_BOUNDARIES.test(entry))
    .flatMap(([, files]) => files);
  const framework = Object.entries(manifest.clientModules ?? {})
    .filter(([module]) => FRAMEWORK_CLIENT_MODULES.test(module))
    .flatMap(([, { chunks }]) => chunks.map((chunk) => chunk.replace(/^\/_next\//, "")));
  return [...segments, ...framework];
}

/** Page routes of the build: URL pattern → app path ("/p/[slug]" → "/(storefront)/p/[slug]/page"). */
export function pageRoutes(buildDir: string): Map<string, string> {
  const routes = readJson<Record<string, string>>(path.join(buildDir, ".next/app-path-routes-manifest.json"));
  const pages = new Map<string, string>();
  for (const [appPath, url] of Object.entries(routes)) {
    if (appPath.endsWith("/page") && !/^\/_(not-found|global-error)/.test(appPath)) pages.set(url, appPath);
  }
  return pages;
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string) {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** First-load JS of each URL pattern (e.g. "/", "/c/[category]") in the build under buildDir. */
export function firstLoadJs(buildDir: string, routes?: string[]): FirstLoad[] {
  const nextDir = path.join(buildDir, ".next");
  const build = readJson<{ rootMainFiles: string[] }>(path.join(nextDir, "build-manifest.json"));
  const pages = pageRoutes(buildDir);
  const size = (file: string) => gzipSize(path.join(nextDir, file));
  const frameworkBytes = build.rootMainFiles.reduce((sum, file) => sum + size(file), 0);
  return (routes ?? [...pages.keys()].sort()).map((route) => {
    // Catalog pages are served from /s/[store]/[query]/… (proxy.ts rewrites their public URLs).
    const appPath = pages.get(route) ?? pages.get(`/s/[store]/[query]${route === "/" ? "" : route}`);
    if (!appPath) throw new Error(`no page route ${route} in ${buildDir}/.next`);
    const files = [...new Set([...build.rootMainFiles, ...entryChunks(nextDir, appPath)])];
    const sized = files.map((file) => ({ file, gzipBytes: size(file) }));
    return { route, frameworkBytes, totalBytes: sized.reduce((sum, file) => sum + file.gzipBytes, 0), files: sized };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = path.resolve(process.argv[2] ?? ".");
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
  const results = firstLoadJs(dir);
  console.log(`framework root chunks: ${kb(results[0]?.frameworkBytes ?? 0)} KB gzip`);
  console.log("route".padEnd(40), "first-load KB", " beyond framework");
  for (const result of results) {
    console.log(result.route.padEnd(40), kb(result.totalBytes), "       ", kb(result.totalBytes - result.frameworkBytes));
  }
  if (process.env.FIRST_LOAD_FILES) {
    for (const result of results.filter((r) => r.route === process.env.FIRST_LOAD_FILES)) {
      for (const file of result.files) console.log("  ", file.file, kb(file.gzipBytes));
    }
  }
}
