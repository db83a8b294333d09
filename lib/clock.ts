/** Time as a dependency, so expiry and deadline tests can stand at any instant. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and move. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** YYYY-MM-DD and YYYY-MM of an instant in Asia/Shanghai (UTC+8 all year: no DST since 1991). */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
export function shanghaiMonth(instant: Date): string {
  return shanghaiDate(instant).slice(0, 7);
}
