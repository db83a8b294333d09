import { memoryLimitStore, type LimitStore, type LimitStoreConfig } from './limit-store.js';
import { redisLimitStore, type StoreFault } from './redis-limits.js';

export interface OpenLimitStoreOptions {
  /** The in-process clock in ms (tests pass a manual one). @default performance.now */
  now?: () => number;
  /** Told when Redis stops or starts answering (log it: limits are per replica meanwhile). @default none */
  onFault?: (fault: StoreFault) => void;
}

/** Redis when `redisUrl` is set, else this process alone (as `npm start` needs nothing else). */
export function openLimitStore(cfg: LimitStoreConfig, opts: OpenLimitStoreOptions = {}): LimitStore {
  const now = opts.now ?? (() => performance.now());
  return cfg.redisUrl
    ? redisLimitStore({ ...cfg, redisUrl: cfg.redisUrl }, { now, onFault: opts.onFault })
    : memoryLimitStore(now);
}
