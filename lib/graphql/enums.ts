/**
 * The schema spells enum values in capitals (GraphQL convention); the domain and the stores keep the
 * lower-case words of DESIGN §4 ('samr', 'province', 'regulator'). These two are the only crossing.
 */
export function toSchemaEnum<T extends string>(value: string): T;
export function toSchemaEnum<T extends string>(value: string | null | undefined): T | null;
export function toSchemaEnum<T extends string>(value: string | null | undefined): T | null {
  return value == null ? null : (value.toUpperCase() as T);
}

export function fromSchemaEnum<T extends string>(value: string): T;
export function fromSchemaEnum<T extends string>(value: string | null | undefined): T | null | undefined;
export function fromSchemaEnum<T extends string>(value: string | null | undefined): T | null | undefined {
  return value == null ? value : (value.toLowerCase() as T);
}
