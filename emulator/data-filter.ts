/** Wix Data query semantics: filter operators, sort and paging over stored items. */
type Fields = Record<string, unknown>;

/** `{$date: ISO}` compares as a time; everything else as itself. */
function comparable(value: unknown): unknown {
  if (value && typeof value === 'object' && '$date' in value) return Date.parse(String((value as { $date: unknown }).$date));
  return value;
}

function compare(a: unknown, b: unknown): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x === y) return 0;
  if (x === undefined || x === null) return -1;
  if (y === undefined || y === null) return 1;
  return (x as number | string) < (y as number | string) ? -1 : 1;
}

const equal = (a: unknown, b: unknown) => compare(a, b) === 0;

function matchesOperator(value: unknown, op: string, arg: unknown): boolean {
  switch (op) {
    case '$eq': return equal(value, arg);
    case '$ne': return !equal(value, arg);
    case '$gt': return value !== undefined && compare(value, arg) > 0;
    case '$gte': return value !== undefined && compare(value, arg) >= 0;
    case '$lt': return value !== undefined && compare(value, arg) < 0;
    case '$lte': return value !== undefined && compare(value, arg) <= 0;
    case '$in': return Array.isArray(arg) && arg.some((a) => equal(value, a));
    case '$hasSome': return Array.isArray(arg) && Array.isArray(value) && value.some((v) => arg.some((a) => equal(v, a)));
    case '$contains': return typeof value === 'string' && value.toLowerCase().includes(String(arg).toLowerCase());
    case '$startsWith': return typeof value === 'string' && value.toLowerCase().startsWith(String(arg).toLowerCase());
    case '$exists': return (value !== undefined && value !== null) === Boolean(arg);
    default: throw new Error(`Unsupported filter operator ${op}`);
  }
}

export function matchesFilter(data: Fields, filter: Fields | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and') return (condition as Fields[]).every((f) => matchesFilter(data, f));
    if (key === '$or') return (condition as Fields[]).some((f) => matchesFilter(data, f));
    // `@wix/data` sends `$not` as a one-element array; a plain object is accepted too.
    if (key === '$not') return Array.isArray(condition) ? !(condition as Fields[]).every((f) => matchesFilter(data, f)) : !matchesFilter(data, condition as Fields);
    const value = data[key];
    const isOperatorObject =
      condition !== null && typeof condition === 'object' && !Array.isArray(condition) && Object.keys(condition).every((k) => k.startsWith('$') && k !== '$date');
    if (!isOperatorObject) return equal(value, condition);
    return Object.entries(condition as Fields).every(([op, arg]) => matchesOperator(value, op, arg));
  });
}

export function sortItems(items: Fields[], sort: { fieldName: string; order?: 'ASC' | 'DESC' }[] | undefined): Fields[] {
  if (!sort?.length) return items;
  return [...items].sort((a, b) => {
    for (const { fieldName, order } of sort) {
      const c = compare(a[fieldName], b[fieldName]);
      if (c !== 0) return order === 'DESC' ? -c : c;
    }
    return 0;
  });
}
