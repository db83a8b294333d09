import type { Principal } from '../../../lib/principal.js';
import type { LeadService } from './domain/lead.service.js';
import type { NoticeService } from './domain/notice.service.js';
import type { SummonsService } from './domain/summons.service.js';

/** What every resolver gets: who is asking, and the services (never storage or a clock). */
export interface Context {
  principal: Principal;
  notices: NoticeService;
  leads: LeadService;
  summons: SummonsService;
}
