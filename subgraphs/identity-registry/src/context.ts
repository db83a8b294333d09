import type { Principal } from '../../../lib/principal.js';
import type { EnrolmentService } from './domain/enrolment.service.js';
import type { FilingService } from './domain/filing.service.js';
import type { PlatformLookup } from './domain/platform.service.js';
import type { RecordService } from './domain/record.service.js';

export interface Context {
  principal: Principal;
  filings: FilingService;
  records: RecordService;
  /** The roster of who must file (Art 9). */
  enrolments: EnrolmentService;
  /** This request's platform lookup (PlatformService.forRequest): each platform read at most once. */
  platforms: PlatformLookup;
}
