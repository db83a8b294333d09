import type { Clock } from '../../../lib/clock.js';
import type { Principal } from '../../../lib/principal.js';
import type { FilingStore } from './store/filing.repository.js';
import type { PlatformRow } from './store/platform.entity.js';
import type { PlatformRepository } from './store/platform.repository.js';
import type { RecordSearch } from './store/record.search.js';

export interface Context {
  principal: Principal;
  clock: Clock;
  platforms: PlatformRepository;
  filings: FilingStore;
  records: RecordSearch;
  /** The platform row for a USCC, read once per request (compliance rows, filings and records name it). */
  platformOf(uscc: string): Promise<PlatformRow | { uscc: string }>;
}
