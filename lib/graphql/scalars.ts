import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * `DateTime`: an instant in UTC, ISO 8601 with a zone (DESIGN §6). A value without a zone is refused
 * rather than guessed: deadlines and filing months depend on the exact instant.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when the written calendar fields exist: Date would roll 2026-02-30 over to 2026-03-02 silently. */
function fieldsExist(m: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
}

function parseInstant(value: unknown): Date {
  const m = typeof value === 'string' ? ISO.exec(value) : null;
  if (!m) {
    throw new GraphQLError('DateTime must be an ISO 8601 string with a time zone, e.g. 2026-07-31T16:30:00Z', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const d = new Date(value as string);
  if (!fieldsExist(m) || Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 9999) {
    throw new GraphQLError('DateTime is not a real instant', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return d;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in UTC, ISO 8601.',
  serialize(value) {
    const d = value instanceof Date ? value : new Date(value as string);
    return d.toISOString();
  },
  parseValue: parseInstant,
  parseLiteral(ast) {
    return parseInstant(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});
