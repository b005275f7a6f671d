import type { Cell, Measure } from "./cells";
import { isTransactionControl, type StatementCounter } from "./sql-count";

export type StatementResult = {
  name: string;
  samples: number;
  failed: number;
  /** Mean statements sent while the request was in flight (request sent → response body read). */
  perRequest: number;
  min: number;
  max: number;
  /** Of perRequest, BEGIN / COMMIT / ROLLBACK / SAVEPOINT / RELEASE. */
  transactionControl: number;
  /** Mean statements after the response until the connection went quiet (work the request left behind). */
  after: number;
};

const WARMUP = 10;
const SAMPLES = 30;

/**
 * SQL statements per request, one request at a time on an instance whose database traffic runs
 * through `counter`: each request waits until the database has been quiet for 60 ms, so what
 * arrives between sending it and reading its whole response is that request's own work.
 * Warm-up requests first, so cached reads are counted as a steady-state request sees them.
 */
export async function countStatements(counter: StatementCounter, base: string, cells: Cell[]): Promise<StatementResult[]> {
  const results: StatementResult[] = [];
  for (const cell of cells) {
    console.log(`[bench] SQL statements: ${cell.name}`);
    await cell.reset?.();
    const passthrough: Measure = async (request) => {
      const response = await request();
      await response.arrayBuffer();
      return response;
    };
    for (let i = 0; i < WARMUP; i++) await cell.once(base, i, passthrough).catch(() => false);

    const during: number[] = [];
    const control: number[] = [];
    const after: number[] = [];
    let failed = 0;
    for (let i = 0; i < SAMPLES; i++) {
      let counted: { during: number; control: number; after: number } | undefined;
      const measure: Measure = async (request) => {
        await counter.quiet();
        const from = counter.statements.length;
        const response = await request();
        await response.arrayBuffer();
        const to = counter.statements.length;
        await counter.quiet();
        const own = counter.statements.slice(from, to);
        counted = { during: own.length, control: own.filter(isTransactionControl).length, after: counter.statements.length - to };
        return response;
      };
      const ok = await cell.once(base, WARMUP + i, measure).catch(() => false);
      if (!ok || !counted) {
        failed++;
        continue;
      }
      during.push(counted.during);
      control.push(counted.control);
      after.push(counted.after);
    }
    const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);
    results.push({
      name: cell.name,
      samples: during.length,
      failed,
      perRequest: mean(during),
      min: during.length ? Math.min(...during) : NaN,
      max: during.length ? Math.max(...during) : NaN,
      transactionControl: mean(control),
      after: mean(after),
    });
  }
  return results;
}
