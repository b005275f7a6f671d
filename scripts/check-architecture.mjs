#!/usr/bin/env node
// `npm run cycles`: the arrows of CONVENTIONS.md, checked on the import graph (type-only
// imports are skipped, as they vanish at build time):
//   - no import cycle between files, and none between lib/ domain folders (lib/orders ↔ lib/fulfilment);
//   - app → components → lib → db: lib/ never imports app/ or components/, db/ never imports lib/;
//   - app/ and components/ never run drizzle (no drizzle-orm, no db/schema values).
import fs from "node:fs";
import path from "node:path";
import madge from "madge";

const root = path.resolve(import.meta.dirname, "..");
const result = await madge(
  ["lib", "app", "components", "db"].map((dir) => path.join(root, dir)),
  {
    baseDir: root,
    fileExtensions: ["ts", "tsx"],
    tsConfig: path.join(root, "tsconfig.json"),
    detectiveOptions: { ts: { skipTypeImports: true }, tsx: { skipTypeImports: true } },
    excludeRegExp: [/\.test\.tsx?$/, /node_modules/],
  },
);
const graph = result.obj();
const problems = [];

for (const cycle of result.circular()) problems.push(`file cycle: ${cycle.join(" → ")} → ${cycle[0]}`);

// lib/<domain>/… → <domain>; files directly in lib/ (errors.ts, format.ts…) are leaves of their own.
const domainOf = (file) => (file.startsWith("lib/") ? (file.split("/").length > 2 ? file.split("/")[1] : file) : null);
const folderEdges = new Map();
for (const [file, imports] of Object.entries(graph)) {
  const from = domainOf(file);
  for (const target of imports) {
    if (file.startsWith("lib/") && /^(app|components)\//.test(target)) problems.push(`lib imports ${target.split("/")[0]}/: ${file} → ${target}`);
    if (file.startsWith("db/") && target.startsWith("lib/")) problems.push(`db imports lib/: ${file} → ${target}`);
    if (/^(app|components)\//.test(file) && /^db\/schema/.test(target)) problems.push(`${file} imports the schema: use a lib query`);
    const to = domainOf(target);
    if (from && to && from !== to) {
      if (!folderEdges.has(from)) folderEdges.set(from, new Map());
      if (!folderEdges.get(from).has(to)) folderEdges.get(from).set(to, `${file} → ${target}`);
    }
  }
}
// npm packages are not in madge's graph: read app/ and components/ for drizzle imports directly.
for (const file of Object.keys(graph)) {
  if (!/^(app|components)\//.test(file)) continue;
  if (/from\s+["']drizzle-orm/.test(fs.readFileSync(path.join(root, file), "utf8"))) problems.push(`${file} imports drizzle-orm: use a lib query`);
}

// Folder cycles: strongly connected components of the folder graph (Tarjan).
let index = 0;
const stack = [];
const meta = new Map();
const components = [];
function connect(node) {
  meta.set(node, { index, low: index, onStack: true });
  index++;
  stack.push(node);
  for (const next of folderEdges.get(node)?.keys() ?? []) {
    if (!meta.has(next)) {
      connect(next);
      meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).low);
    } else if (meta.get(next).onStack) {
      meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).index);
    }
  }
  if (meta.get(node).low === meta.get(node).index) {
    const members = [];
    let member;
    do {
      member = stack.pop();
      meta.get(member).onStack = false;
      members.push(member);
    } while (member !== node);
    if (members.length > 1) components.push(members);
  }
}
for (const node of folderEdges.keys()) if (!meta.has(node)) connect(node);
for (const members of components) {
  const inside = new Set(members);
  const edges = members.flatMap((from) =>
    [...(folderEdges.get(from) ?? [])].filter(([to]) => inside.has(to)).map(([to, via]) => `    lib/${from} → lib/${to} (${via})`),
  );
  problems.push(`folder cycle between ${members.map((m) => `lib/${m}`).join(", ")}:\n${edges.join("\n")}`);
}

if (problems.length) {
  console.error(`Architecture check failed (${problems.length}):\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`Architecture check: ${Object.keys(graph).length} files, no import cycles (files or lib/ folders), arrows point one way.`);
