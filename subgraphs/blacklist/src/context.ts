import type { Principal } from '../../../lib/principal.js';
import type { CheckService } from './domain/check.service.js';
import type { EntriesService } from './domain/entries.service.js';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../lib/clock.js';

export interface Context {
  principal: Principal;
  db: DataSource;
  entries: EntriesService;
  checks: CheckService;
  clock: Clock;
}
