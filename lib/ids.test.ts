import { describe, expect, it } from 'vitest';
import { uuidv7, uuidv7Time } from './ids.js';

describe('uuidv7 (RFC 9562 §5.7)', () => {
  it('carries the millisecond, version 7 and variant 10', () => {
    const at = Date.UTC(2030, 0, 1);
    const id = uuidv7(new Date(at));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidv7Time(id)).toBeGreaterThanOrEqual(at);
  });

  it('is strictly increasing within a process, even for one millisecond or a clock stepping back', () => {
    const at = Date.UTC(2031, 0, 1);
    const ids = [uuidv7(at), uuidv7(at), uuidv7(at), uuidv7(at - 60_000), uuidv7(new Date(at))];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
