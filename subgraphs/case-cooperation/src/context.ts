import type { Clock } from '../../../lib/clock.js';
import type { Principal } from '../../../lib/principal.js';
import type { LeadService } from './domain/lead.service.js';
import type { NoticeService } from './domain/notice.service.js';

export interface Context {
  principal: Principal;
  notices: NoticeService;
  leads: LeadService;
  clock: Clock;
}
