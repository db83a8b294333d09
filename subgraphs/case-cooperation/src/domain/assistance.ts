/**
 * The ASSISTANCE_REQUEST part of a notice (Art 21: 积极配合…监督检查、案件调查、事故处置、缺陷消费品召回、
 * 消费争议处理等监管执法活动，如实提供…身份信息、商品或者服务信息、交易信息等). Pure: the calendar is injected.
 * Incidents and recalls cannot wait for the next working day: those two may be urgent, due at an instant
 * hours ahead; and a recall is about a product, so it may name products instead of a subject.
 */
import { at, type Problems } from '../../../../lib/problems.js';
import type { WorkingCalendar } from '../../../../lib/calendar/index.js';
import { addDays, dateProblem, endOfShanghaiDay } from '../../../../lib/calendar/local-date.js';

/** Art 21: 监督检查、案件调查、事故处置、缺陷消费品召回、消费争议处理. */
export const ASSISTANCE_PURPOSES = ['INSPECTION', 'CASE_INVESTIGATION', 'INCIDENT', 'RECALL', 'DISPUTE'] as const;
export type AssistancePurpose = (typeof ASSISTANCE_PURPOSES)[number];
/** Art 21: 身份信息、商品或者服务信息、交易信息. */
export const DATA_CATEGORIES = ['IDENTITY', 'PRODUCT', 'TRANSACTION'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
/** Art 21 事故处置、缺陷消费品召回: the purposes whose requests may be urgent. */
export const URGENT_PURPOSES: readonly AssistancePurpose[] = ['INCIDENT', 'RECALL'];

/** A sender-set due date may be at most this many calendar days ahead. @default 366 */
export const MAX_DUE_DAYS_AHEAD = 366;
/** Characters of an assistance request's case reference (案号). */
export const CASE_REFERENCE_MAX = 100;
/** An urgent request's due instant: at least this far ahead. @default 1 hour */
export const URGENT_MIN_MS = 60 * 60_000;
/** An urgent request's due instant: at most this far ahead (beyond it, a working-day due date serves). @default 48 hours */
export const URGENT_MAX_MS = 48 * 60 * 60_000;
/** @default 50 products per request */
export const MAX_PRODUCTS = 50;
/** Characters of a product's name. */
export const PRODUCT_NAME_MAX = 200;
/** @default 20 identifiers per product */
export const MAX_PRODUCT_IDENTIFIERS = 20;
/** Characters of one product identifier (GTIN, model, batch, a listing's id). */
export const PRODUCT_IDENTIFIER_MAX = 128;

export interface ProductInput {
  name: string;
  identifiers?: string[] | null;
}
export interface Product {
  name: string;
  identifiers: string[];
}

export interface AssistanceInput {
  purpose: string;
  dataWanted: string[];
  /** The days the data should cover, YYYY-MM-DD, inclusive. */
  period: { from: string; to: string };
  /** The sender's due date (end of that day), or for an urgent request the instant itself. */
  dueAt: Date;
  /** INCIDENT and RECALL only: due at dueAt itself, hours ahead, not counted in working days. */
  urgent?: boolean | null;
  /** The products the request is about (a RECALL may name these instead of a subject). */
  products?: ProductInput[] | null;
  /** The office's own case number (案号), if any. */
  caseReference?: string | null;
}

export interface Assistance {
  purpose: AssistancePurpose;
  dataWanted: DataCategory[];
  period: { from: string; to: string };
  caseReference: string | null;
  urgent: boolean;
  products: Product[];
}

/** The deadline of an assistance request, as NoticeDraft carries it. */
export interface Due {
  dueAt: Date | null;
  dueDate: string | null;
  dueApproximate: boolean;
}

type Calendar = Pick<WorkingCalendar, 'deadline' | 'workingDaysBetween' | 'localDate'>;
export type Ctx = { now: Date; calendar: Calendar };

/** A stored request written before urgency and products existed reads as neither. */
export function assistanceOf(stored: Omit<Assistance, 'urgent' | 'products'> & Partial<Assistance>): Assistance {
  return { ...stored, urgent: stored.urgent === true, products: stored.products ?? [] };
}

/** Art 21 缺陷消费品召回: a recall is about a product, so one naming products needs no subject; others need one. */
export function subjectsMin(a: AssistanceInput | null | undefined): number {
  return a?.purpose === 'RECALL' && (a.products?.length ?? 0) > 0 ? 0 : 1;
}

/** Validates `input.assistance` into `problems` (paths `input.assistance.…`). */
export function checkAssistance(
  problems: Problems,
  a: AssistanceInput,
  ctx: Ctx,
): { assistance: Assistance; due: Due } {
  const base = 'input.assistance';
  const purposeOk = (ASSISTANCE_PURPOSES as readonly string[]).includes(a.purpose);
  if (!purposeOk) problems.add(at(base, 'purpose'), `must be one of ${ASSISTANCE_PURPOSES.join(', ')}`);
  const wanted = a.dataWanted ?? [];
  if (wanted.length === 0) problems.add(at(base, 'dataWanted'), `needs at least one of ${DATA_CATEGORIES.join(', ')}`);
  wanted.forEach((d, i) => {
    if (!(DATA_CATEGORIES as readonly string[]).includes(d))
      problems.add(at(at(base, 'dataWanted'), i), `must be one of ${DATA_CATEGORIES.join(', ')}`);
  });
  const period = checkPeriod(problems, at(base, 'period'), a.period, ctx);
  problems.maxLength(at(base, 'caseReference'), a.caseReference, CASE_REFERENCE_MAX);
  const products = checkProducts(problems, at(base, 'products'), a.products ?? []);
  const urgent = a.urgent === true;
  if (urgent && purposeOk && !URGENT_PURPOSES.includes(a.purpose as AssistancePurpose))
    problems.add(at(base, 'urgent'), 'only for INCIDENT or RECALL requests (Art 21 事故处置、缺陷消费品召回)');
  const assistance: Assistance = {
    purpose: a.purpose as AssistancePurpose,
    dataWanted: DATA_CATEGORIES.filter((d) => wanted.includes(d)), // canonical order, no duplicates
    period,
    caseReference: a.caseReference?.trim() || null,
    urgent,
    products,
  };
  let due: Due = { dueAt: null, dueDate: null, dueApproximate: false };
  if (problems.require(at(base, 'dueAt'), a.dueAt))
    due = (urgent ? urgentDue : senderDue)(problems, at(base, 'dueAt'), a.dueAt, ctx) ?? due;
  return { assistance, due };
}

function checkProducts(problems: Problems, path: string, list: ProductInput[]): Product[] {
  if (list.length > MAX_PRODUCTS) {
    problems.add(path, `takes at most ${MAX_PRODUCTS} products`);
    return [];
  }
  return list.map((p, i) => {
    const here = at(path, i);
    if (problems.require(at(here, 'name'), p?.name?.trim()))
      problems.maxLength(at(here, 'name'), p.name.trim(), PRODUCT_NAME_MAX);
    const ids = p?.identifiers ?? [];
    if (ids.length > MAX_PRODUCT_IDENTIFIERS)
      problems.add(at(here, 'identifiers'), `takes at most ${MAX_PRODUCT_IDENTIFIERS} identifiers`);
    else
      ids.forEach((id, j) => {
        if (problems.require(at(at(here, 'identifiers'), j), id?.trim()))
          problems.maxLength(at(at(here, 'identifiers'), j), id.trim(), PRODUCT_IDENTIFIER_MAX);
      });
    return { name: String(p?.name ?? '').trim(), identifiers: ids.map((id) => String(id ?? '').trim()) };
  });
}

function checkPeriod(problems: Problems, path: string, period: AssistanceInput['period'] | null | undefined, ctx: Ctx) {
  const out = { from: '', to: '' };
  if (!problems.require(path, period)) return out;
  const from = dateProblem(period!.from);
  const to = dateProblem(period!.to);
  problems.check(at(path, 'from'), from);
  problems.check(at(path, 'to'), to);
  if (from || to) return out;
  if (period!.from > period!.to) problems.add(at(path, 'to'), 'must not be before from');
  if (period!.from > ctx.calendar.localDate(ctx.now)) problems.add(at(path, 'from'), 'must not be in the future');
  return { from: period!.from, to: period!.to };
}

const validInstant = (problems: Problems, path: string, d: Date): boolean => {
  if (d instanceof Date && !Number.isNaN(d.getTime())) return true;
  problems.add(path, 'must be a valid date-time');
  return false;
};

/** Art 21 事故处置、缺陷消费品召回: due at the instant given, hours ahead; no working day is waited for. */
export function urgentDue(problems: Problems, path: string, dueAt: Date, ctx: Ctx): Due | undefined {
  if (!validInstant(problems, path, dueAt)) return undefined;
  const ahead = dueAt.getTime() - ctx.now.getTime();
  if (ahead < URGENT_MIN_MS || ahead > URGENT_MAX_MS)
    return void problems.add(path, 'an urgent request must be due at least 1 hour and at most 48 hours ahead');
  return { dueAt, dueDate: ctx.calendar.localDate(dueAt), dueApproximate: false };
}

/**
 * A due date the sender sets: the platform has until the end of that day (Asia/Shanghai), and that day
 * must be at least one working day after the day of sending (the sending day never counts, as in
 * WorkingCalendar.deadline).
 */
export function senderDue(problems: Problems, path: string, dueAt: Date, ctx: Ctx): Due | undefined {
  if (!validInstant(problems, path, dueAt)) return undefined;
  const dueDate = ctx.calendar.localDate(dueAt);
  if (dueDate > addDays(ctx.calendar.localDate(ctx.now), MAX_DUE_DAYS_AHEAD))
    return void problems.add(path, `must be at most ${MAX_DUE_DAYS_AHEAD} days ahead`);
  const ahead = ctx.calendar.workingDaysBetween(ctx.now, dueAt);
  if (ahead.days < 1) {
    const earliest = ctx.calendar.deadline(ctx.now, 1);
    return void problems.add(
      path,
      `must be at least one working day ahead (earliest ${earliest.dueDate}${earliest.approximate ? ', approximate' : ''}; INCIDENT and RECALL requests may be urgent)`,
    );
  }
  return { dueAt: endOfShanghaiDay(dueDate), dueDate, dueApproximate: ahead.approximate };
}
