import type { Principal } from '../../../lib/principal.js';
import type { DisposalReportService } from './domain/disposal-report.service.js';

export interface Context {
  principal: Principal;
  reports: DisposalReportService;
}
