import type { ExpectedPlatform } from '../domain/enrolment.js';
import type { PlatformRow } from '../domain/filing.ports.js';
import type { PlatformLookup } from '../domain/platform.service.js';
import type { PlatformEnrolmentResolvers } from '../__generated__/resolvers-types.js';

/** The platform as met, else as enrolled (a platform that never called has only its enrolment's name). */
export async function rosterPlatform(x: ExpectedPlatform, platforms: PlatformLookup) {
  const met = await platforms.platform(x.uscc);
  if ('name' in met) return met;
  const enrolled: Partial<PlatformRow> & { uscc: string } = {
    uscc: x.uscc,
    name: x.name,
    domicileRegion: x.domicileRegion,
  };
  return enrolled;
}

export const PlatformEnrolment: PlatformEnrolmentResolvers = {
  platform: (x, _args, { platforms }) => rosterPlatform(x, platforms),
  source: (x) => x.enrolment.source,
  enrolledBy: (x) => x.enrolment.enrolledBy,
  enrolledAt: (x) => x.enrolment.enrolledAt,
};
