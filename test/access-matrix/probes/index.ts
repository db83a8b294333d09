/** Every row's probe, by row id (test/access-matrix/table.ts). */
import type { Probe } from '../assert.js';
import { PROBES as accessLog } from './access-log.js';
import { PROBES as evidence } from './evidence.js';
import { PROBES as blacklist } from './blacklist.js';
import { PROBES as credit } from './credit.js';
import { PROBES as caseCooperation } from './case-cooperation.js';
import { PROBES as identityRegistry } from './identity-registry.js';
import { PROBES as penaltyReports } from './penalty-reports.js';

export const PROBES: Record<string, Probe> = {
  ...identityRegistry,
  ...penaltyReports,
  ...blacklist,
  ...credit,
  ...caseCooperation,
  ...accessLog,
  ...evidence,
};
