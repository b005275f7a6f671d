export async function register() {
  // The database lives only in the Node.js server, never in the edge runtime or at build time.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startAisle } = await import("./lib/startup");
  await startAisle();
}
