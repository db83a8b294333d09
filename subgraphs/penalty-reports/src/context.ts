import type { DataSource } from 'typeorm';
import type { Clock } from '../../../lib/clock.js';
import type { Principal } from '../../../lib/principal.js';
import type { DisposalReportService } from './domain/disposal-report.service.js';
import type { DisposalReportRepository } from './store/disposal-report.repository.js';

export interface Context {
  principal: Principal;
  db: DataSource;
  clock: Clock;
  reports: DisposalReportRepository;
  service: DisposalReportService;
}
