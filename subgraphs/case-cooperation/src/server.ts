import { fileURLToPath } from 'node:url';
import { WorkingCalendar } from '../../../lib/calendar/index.js';
import { uuidv7 as newId } from '../../../lib/ids.js';
import { accessLogWriter } from '../../../lib/store/access-log.js';
import type { SubgraphDefinition } from '../../../lib/subgraph/run.js';
import { configFromEnv, type Config } from './config.js';
import type { Context } from './context.js';
import { LeadService } from './domain/lead.service.js';
import { NoticeService } from './domain/notice.service.js';
import { startOverdueGauge } from './domain/overdue.gauge.js';
import { SummonsService } from './domain/summons.service.js';
import { peerOperations, reportReferences } from './peers.js';
import { resolvers } from './resolvers/index.js';
import { LeadEntity } from './store/lead.entity.js';
import { LeadRepository } from './store/lead.repository.js';
import { Initial1764300000003 } from './store/migrations/1764300000003-initial.js';
import { ExactKeys1764400000003 } from './store/migrations/1764400000003-exact-keys.js';
import { NoticeChanges1764700000003 } from './store/migrations/1764700000003-notice-changes.js';
import { NoticeAnswerEntity, NoticeEntity } from './store/notice.entity.js';
import { NoticeRepository } from './store/notice.repository.js';

export const schemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const subgraph: SubgraphDefinition<Context, Config> = {
  service: 'case-cooperation',
  schemaPath,
  entities: [NoticeEntity, NoticeAnswerEntity, LeadEntity],
  migrations: [Initial1764300000003, ExactKeys1764400000003, NoticeChanges1764700000003],
  configFromEnv,
  build({ db, pii, clock, logger, evidence, metrics, peers }, cfg) {
    const calendar = new WorkingCalendar({ schedule: cfg.schedule });
    const noticeStore = new NoticeRepository(db, pii, evidence);
    const accessLog = accessLogWriter(db);
    const answerLimits = { maxDataBytes: cfg.answerMaxDataBytes };
    const notices = new NoticeService({
      store: noticeStore,
      accessLog,
      calendar,
      clock,
      newId: () => newId(),
      answerLimits,
      // Art 12 ¶2, 22 ¶3: the reports an answer names are penalty-reports' to judge.
      reports: peers && reportReferences(peers),
    });
    const leads = new LeadService({
      store: new LeadRepository(db, pii, evidence),
      notices: noticeStore,
      accessLog,
      clock,
      newId: () => newId(),
    });
    const summons = new SummonsService(notices);
    // Art 22: the operator's overdue count, off the request path (METRICS=off: not counted).
    const stopGauge =
      cfg.metrics.enabled && metrics
        ? startOverdueGauge({
            count: () => notices.countOverdue(),
            metrics,
            intervalMs: cfg.overdueCountMs,
            onError: (e) => logger.error('overdue_count_failed', { message: (e as Error).message }),
          })
        : undefined;
    return {
      resolvers: resolvers as never,
      context: (principal) => ({ principal, notices, leads, summons }),
      stop: stopGauge,
      peerOperations: peerOperations(notices),
    };
  },
};
