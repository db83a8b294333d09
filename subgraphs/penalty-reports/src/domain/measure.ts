/**
 * The disposal measures of Art 12 ¶1 and their terms. The list there ends in "等": the eight named
 * measures are examples, so a measure outside them is OTHER, described by the platform's own name for it.
 * Part of validateReport; pure.
 */
import { at, type Problems } from '../../../../lib/problems.js';
import { toInstant, type Instant } from './canonical.js';

// Art 12 ¶1 names the measures in this order, from the mildest to the most severe; OTHER is not ranked.
export const MEASURE_TYPES = [
  'WARNING', // 警示
  'FEATURE_RESTRICTION', // 限制功能
  'TRAFFIC_RESTRICTION', // 限制流量
  'LIVE_SUSPENSION', // 暂停直播
  'TIMED_BROADCAST_BAN', // 限期停播
  'ACCOUNT_CLOSURE', // 关闭账号
  'REREGISTRATION_BAN', // 禁止重新注册账号
  'BLACKLISTING', // 列入黑名单
  'OTHER', // 等: any other measure, e.g. delisting a product link (下架商品链接)
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/**
 * Measures that need an end (`endsAt`). Blacklisting too: Art 14 ¶2 makes the platform tell the subject
 * "列入黑名单的具体期限", so a listing without a definite term is not a lawful listing. OTHER takes an end
 * when it has one.
 */
export const TIME_LIMITED_MEASURES: readonly MeasureType[] = [
  'FEATURE_RESTRICTION',
  'TRAFFIC_RESTRICTION',
  'LIVE_SUSPENSION',
  'TIMED_BROADCAST_BAN',
  'BLACKLISTING',
];

/** Characters of an OTHER measure's name (after trimming). */
export const MEASURE_NAME_MAX = 100;

export interface MeasureInput {
  type: string;
  /** OTHER only: what the measure is, in the platform's words. */
  name?: string | null;
  startsAt: Instant;
  endsAt?: Instant | null;
}

/** A measure as each version stores it. `name` is present for OTHER only (so the named types hash as before). */
export interface Measure {
  type: MeasureType;
  name?: string;
  startsAt: Date;
  endsAt: Date | null;
}

export const isMeasureType = (v: unknown): v is MeasureType => (MEASURE_TYPES as readonly unknown[]).includes(v);

/** Checks the measures of a report: each type at most once, terms in order, OTHER named. */
export function checkMeasures(
  p: Problems,
  path: string,
  list: MeasureInput[] | null | undefined,
): Measure[] | undefined {
  if (!Array.isArray(list) || list.length === 0)
    return void p.add(path, `needs at least one measure (${MEASURE_TYPES.join(', ')})`);
  const out: Measure[] = [];
  const seen = new Set<string>();
  list.forEach((m, i) => {
    const mp = at(path, i);
    if (!p.require(mp, m)) return;
    const typeOk = isMeasureType(m.type);
    if (!typeOk) p.add(at(mp, 'type'), `must be one of ${MEASURE_TYPES.join(', ')}`);
    else if (seen.has(m.type)) p.add(at(mp, 'type'), `${m.type} appears more than once`);
    seen.add(m.type);
    const name = checkName(p, at(mp, 'name'), typeOk ? m.type : undefined, m.name);
    const startsAt = p.require(at(mp, 'startsAt'), m.startsAt) ? instant(p, at(mp, 'startsAt'), m.startsAt) : undefined;
    const endsPath = at(mp, 'endsAt');
    let endsAt: Date | null | undefined = null;
    if (m.endsAt != null) endsAt = instant(p, endsPath, m.endsAt);
    else if (typeOk && TIME_LIMITED_MEASURES.includes(m.type as MeasureType))
      p.add(endsPath, `is required: ${m.type} is time-limited`);
    if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) p.add(endsPath, 'must be after startsAt');
    if (typeOk && startsAt && endsAt !== undefined && name !== undefined)
      out.push({ type: m.type as MeasureType, ...(name ? { name } : {}), startsAt, endsAt });
  });
  return out.sort((a, b) => MEASURE_TYPES.indexOf(a.type) - MEASURE_TYPES.indexOf(b.type));
}

/** The trimmed name of an OTHER measure, null for a named type, undefined when invalid. */
function checkName(p: Problems, path: string, type: string | undefined, name: string | null | undefined) {
  if (type !== 'OTHER') {
    if (name != null) return void p.add(path, 'only for an OTHER measure (the other types are named by the law)');
    return null;
  }
  if (!p.require(path, name)) return undefined;
  const trimmed = name!.trim();
  const before = p.list.length;
  p.maxLength(path, trimmed, MEASURE_NAME_MAX);
  return p.list.length === before ? trimmed : undefined;
}

function instant(p: Problems, path: string, v: Instant): Date | undefined {
  const d = toInstant(v);
  if (!d) p.add(path, 'must be an RFC 3339 date-time with a time zone');
  return d;
}
