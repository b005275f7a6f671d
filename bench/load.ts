import autocannon from "autocannon";

export type LoadResult = {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors, timeouts and non-2xx/3xx answers. */
  failed: number;
  /** The app server's CPU time (user + system) over the cell divided by completed requests (bench/cpu.ts). */
  cpuMsPerRequest?: number;
};

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarize(connections: number, latencies: number[], seconds: number, failed: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    connections,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    failed,
  };
}

export type HttpLoad = {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Headers of connection i (e.g. a session cookie per simulated shopper). */
  headersFor?: (connection: number) => Record<string, string>;
  /** Body of each request (e.g. rotating SKUs). */
  bodyFor?: (request: number) => string;
};

/** Closed-loop HTTP load with autocannon; latencies of every response kept for exact percentiles. */
export async function httpLoad(load: HttpLoad, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  let clientIndex = 0;
  let requestIndex = 0;
  const options: autocannon.Options = {
    url: load.url,
    method: load.method ?? "GET",
    headers: load.headers,
    body: load.body,
    connections,
    duration: seconds,
    timeout: 30,
    requests: load.bodyFor ? [{ setupRequest: (request) => ({ ...request, body: load.bodyFor!(requestIndex++) }) }] : undefined,
    setupClient: load.headersFor
      ? (client) => {
          const index = clientIndex++;
          client.setHeaders({ ...load.headers, ...load.headersFor!(index) });
        }
      : undefined,
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 400) failed++;
      else latencies.push(responseTime);
    });
  });
  return summarize(connections, latencies, seconds, failed + result.errors + result.timeouts);
}

/**
 * Closed-loop load for journeys autocannon can't express (each step depends on the last):
 * `connections` workers run `task` until time is up; task returns the timed part in ms,
 * or null when it failed.
 */
export async function journeyLoad(connections: number, seconds: number, task: (worker: number) => Promise<number | null>): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      while (Date.now() < deadline) {
        const ms = await task(worker).catch(() => null);
        if (ms === null) failed++;
        else latencies.push(ms);
      }
    }),
  );
  return summarize(connections, latencies, seconds, failed);
}
