import { hash, verify } from "@node-rs/argon2";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";

/**
 * Argon2 is slow and memory-hungry on purpose (19 MiB, 2 passes each), so a burst of sign-ups or
 * sign-ins must not take every thread the server has: at most `concurrency` hash/verify operations
 * run at once per instance, `queue` more wait their turn, and beyond that the caller is told to
 * come back shortly (PasswordWorkBusy → 503 with Retry-After, or an "unavailable" action failure).
 */
const pool = {
  concurrency: Number(process.env.PASSWORD_HASH_CONCURRENCY) || 2,
  queue: Number(process.env.PASSWORD_HASH_QUEUE) || 16,
  running: 0,
  waiting: [] as (() => void)[],
};

/** Seconds a caller refused by the pool should wait before trying again. */
export const PASSWORD_BUSY_RETRY_AFTER_SECONDS = 2;

/** The password pool and its queue are full: nothing was hashed or verified. */
export class PasswordWorkBusy extends AppError {
  readonly retryAfterSeconds = PASSWORD_BUSY_RETRY_AFTER_SECONDS;
  constructor() {
    super("unavailable", translator("failures")("auth.busy"));
  }
}

/** For tests: resize the pool (the running and waiting work is kept). */
export function configurePasswordPool({ concurrency, queue }: { concurrency: number; queue: number }) {
  pool.concurrency = concurrency;
  pool.queue = queue;
}

async function inPool<T>(work: () => Promise<T>): Promise<T> {
  if (pool.running >= pool.concurrency) {
    if (pool.waiting.length >= pool.queue) throw new PasswordWorkBusy();
    // The finishing operation hands its slot straight to us (running stays counted).
    await new Promise<void>((resolve) => pool.waiting.push(resolve));
  } else {
    pool.running++;
  }
  try {
    return await work();
  } finally {
    const next = pool.waiting.shift();
    if (next) next();
    else pool.running--;
  }
}

/** Argon2id with the library's defaults, through the pool. */
export function hashPassword(password: string) {
  return inPool(() => hash(password));
}

export async function verifyPassword(passwordHash: string, password: string) {
  return inPool(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed hash never means "correct password".
      return false;
    }
  });
}
