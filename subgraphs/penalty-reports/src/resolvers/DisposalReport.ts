import { loaderOf } from '../../../../lib/batch-loader.js';
import { toSchemaEnum } from '../../../../lib/graphql/enums.js';
import type { Authority, DisposalReportResolvers, OfficeLevel } from '../__generated__/resolvers-types.js';
import { awaitingAcknowledgement } from '../domain/disposal-report.access.js';
import { isSevere } from '../domain/routing.js';
import { subjectJurisdiction } from '../domain/subject.js';
import { currentVersion, measureStatus, recipientStatus, reportingLagSeconds } from '../domain/versioning.js';

/** Fields without a version describe the current version (the last of `history`). */
export const DisposalReport: DisposalReportResolvers = {
  // Another subgraph's link (a blacklist entry, a notice answer) resolves under the same access rules:
  // a caller who may not read the report gets null, as from disposalReport(id). One read per _entities call.
  __resolveReference: (ref, ctx) =>
    loaderOf(ctx, 'DisposalReport', (ids: readonly string[]) =>
      ctx.reports.byIdsEach(ctx.principal, ids, '_entities'),
    ).load(ref.id),
  platform: (r) => ({ uscc: r.platformUscc }),
  version: (r) => currentVersion(r).version,
  subject: (r) => currentVersion(r).body.subject,
  subjectJurisdiction: (r) => subjectJurisdiction(currentVersion(r).body.subject, r.domicileRegion),
  measures: (r) => measureStatus(r),
  facts: (r) => currentVersion(r).body.facts,
  legalBasis: (r) => currentVersion(r).body.legalBasis,
  trigger: (r) => currentVersion(r).body.trigger,
  decidedAt: (r) => currentVersion(r).body.decidedAt,
  reportingLagSeconds: (r) => reportingLagSeconds(r),
  severe: (r) => isSevere(currentVersion(r).body.measures),
  recipients: (r) => recipientStatus(r),
  fullyAcknowledged: (r) => recipientStatus(r).every((x) => !x.mustAcknowledge || x.acknowledgedAt),
  awaitingMyAcknowledgement: (r, _a, { principal }) => awaitingAcknowledgement(principal, r),
  acknowledgements: (r) => r.acknowledgements,
  liftings: (r) => r.liftings,
  history: (r) => r.versions,
  receipt: (r) => r.receipt ?? null,
};

export const upper = {
  authority: (o: { authority: string }) => toSchemaEnum<Authority>(o.authority),
  level: (o: { level: string }) => toSchemaEnum<OfficeLevel>(o.level),
};
