import type { Principal } from '../../../lib/principal.js';
import type { CheckService } from './domain/check.service.js';
import type { CreditCheckService } from './domain/credit-check.service.js';
import type { CreditService } from './domain/credit.service.js';
import type { EntriesService } from './domain/entries.service.js';
import type { ReportLinksService } from './domain/report-links.service.js';

/** What every resolver gets: who is asking, and the services (never storage or a clock). */
export interface Context {
  principal: Principal;
  entries: EntriesService;
  checks: CheckService;
  credit: CreditService;
  creditChecks: CreditCheckService;
  reportLinks: ReportLinksService;
}
