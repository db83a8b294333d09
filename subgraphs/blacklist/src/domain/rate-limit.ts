import { systemClock, type Clock } from '../../../../lib/clock.js';
import { memoryLimitStore, type Limiter, type LimitStore } from '../../../../lib/rate/limit-store.js';

/**
 * The peer check's rate limit per platform USCC (DESIGN §5), so that sharing (Art 14 ¶4) cannot become
 * bulk look-up of people. One budget for all replicas when the store is Redis (REDIS_URL); in this
 * process otherwise, where N replicas give a platform up to N times the limit.
 */
export interface CheckLimitOptions {
  /** Most checks at once (largest burst). @default 60 */
  capacity?: number;
  /** Checks added back per second. @default 1 */
  refillPerSecond?: number;
  /** The in-process buckets' clock. @default systemClock */
  clock?: Clock;
  /** Where budgets are kept (lib/rate/open.ts). @default this process, on `clock` */
  store?: LimitStore;
}

export type CheckLimiter = Limiter;

export function checkLimiter(opts: CheckLimitOptions = {}): CheckLimiter {
  const clock = opts.clock ?? systemClock;
  const store = opts.store ?? memoryLimitStore(() => clock.now().getTime());
  return store.limiter('blacklist-check', {
    capacity: opts.capacity ?? 60,
    refillPerSecond: opts.refillPerSecond ?? 1,
  });
}
