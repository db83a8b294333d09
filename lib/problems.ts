import { badInput, type FieldProblem } from './errors.js';

/**
 * Collects every invalid field of an input before refusing it, so a client learns all its mistakes in
 * one round trip (DESIGN §6: BAD_USER_INPUT names the path and the reason, per record for batches).
 */
export class Problems {
  readonly list: FieldProblem[] = [];

  add(path: string, reason: string): void {
    this.list.push({ path, reason });
  }

  /** Adds `reason` at `path` when `problem` is a string (validators return null when valid). */
  check(path: string, problem: string | null | undefined): void {
    if (problem) this.add(path, problem);
  }

  require(path: string, value: unknown): boolean {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.add(path, 'is required');
      return false;
    }
    return true;
  }

  maxLength(path: string, value: string | null | undefined, max: number): void {
    if (value != null && [...value].length > max) this.add(path, `must be at most ${max} characters`);
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(message?: string): void {
    if (this.list.length > 0) throw badInput(this.list, message);
  }
}

/** `base` + `.field` or `[i]`, with no leading dot at the root. */
export function at(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/** Parses an instant; records a problem and returns undefined when missing or not a date. */
export function checkInstant(problems: Problems, path: string, value: unknown): Date | undefined {
  if (!problems.require(path, value)) return undefined;
  const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(d.getTime())) {
    problems.add(path, 'is not a date-time');
    return undefined;
  }
  return d;
}

/** Required free text, trimmed, at most `max` characters. */
export function checkText(problems: Problems, path: string, value: unknown, max: number): string {
  if (!problems.require(path, value)) return '';
  if (typeof value !== 'string') {
    problems.add(path, 'must be a string');
    return '';
  }
  problems.maxLength(path, value.trim(), max);
  return value.trim();
}
