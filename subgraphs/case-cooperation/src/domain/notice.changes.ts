import { badInput } from '../../../../lib/errors.js';

/**
 * The sort key of a changes read (`notices(updatedSince:)`): a notice's last write, then its id, so rows
 * that changed in the same millisecond still have one order and a page boundary between them loses none.
 */
export interface ChangeKey {
  updatedAt: Date;
  id: string;
}

const KEY = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/;

export const changeKeyOf = (n: { id: string; updatedAt?: Date }): string =>
  `${(n.updatedAt ?? new Date(0)).toISOString()}_${n.id}`;

/** The decoded `after` of a changes read; a cursor of the newest-first list is refused, naming `after`. */
export function parseChangeKey(key: string): ChangeKey {
  const m = KEY.exec(key);
  if (!m) throw badInput([{ path: 'after', reason: 'is not a cursor of this updatedSince read' }]);
  return { updatedAt: new Date(m[1]), id: m[2] };
}
