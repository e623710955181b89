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
    case '$eq':
      return equal(value, arg);
    case '$ne':
      return !equal(value, arg);
    case '$gt':
      return value !== undefined && compare(value, arg) > 0;
    case '$gte':
      return value !== undefined && compare(value, arg) >= 0;
    case '$lt':
      return value !== undefined && compare(value, arg) < 0;
    case '$lte':
      return value !== undefined && compare(value, arg) <= 0;
    case '$in':
      return Array.isArray(arg) && arg.some((a) => equal(value, a));
    case '$hasSome':
      return Array.isArray(arg) && Array.isArray(value) && value.some((v) => arg.some((a) => equal(v, a)));
    case '$contains':
      return typeof value === 'string' && value.toLowerCase().includes(String(arg).toLowerCase());
    case '$startsWith':
      return typeof value === 'string' && value.toLowerCase().startsWith(String(arg).toLowerCase());
    case '$exists':
      return (value !== undefined && value !== null) === Boolean(arg);
    default:
      throw new Error(`Unsupported filter operator ${op}`);
  }
}

type Predicate = (data: Fields) => boolean;

/**
 * The filter as one predicate, built once per query: a query then costs one pass over the collection
 * instead of re-reading the filter's shape for every item (a 50,000-entry log is paged 1,000 at a time).
 */
export function compileFilter(filter: Fields | undefined): Predicate {
  if (!filter) return () => true;
  const parts = Object.entries(filter).map(([key, condition]): Predicate => {
    if (key === '$and') {
      const all = (condition as Fields[]).map(compileFilter);
      return (data) => all.every((p) => p(data));
    }
    if (key === '$or') {
      const any = (condition as Fields[]).map(compileFilter);
      return (data) => any.some((p) => p(data));
    }
    // `@wix/data` sends `$not` as a one-element array; a plain object is accepted too.
    if (key === '$not') {
      const inner = Array.isArray(condition) ? (condition as Fields[]).map(compileFilter) : [compileFilter(condition as Fields)];
      return (data) => !inner.every((p) => p(data));
    }
    const isOperatorObject =
      condition !== null &&
      typeof condition === 'object' &&
      !Array.isArray(condition) &&
      Object.keys(condition).every((k) => k.startsWith('$') && k !== '$date');
    if (!isOperatorObject) return (data) => equal(data[key], condition);
    const ops = Object.entries(condition as Fields);
    for (const [op] of ops) matchesOperator(undefined, op, undefined); // an unsupported operator is refused before any item is read
    return (data) => ops.every(([op, arg]) => matchesOperator(data[key], op, arg));
  });
  return (data) => parts.every((p) => p(data));
}

type Sort = { fieldName: string; order?: 'ASC' | 'DESC' }[];
type Keyed = { item: Fields; keys: unknown[]; index: number };

/** Each item's sort keys read once (a `$date` parsed once), and a comparison that ends ties by the stored order. */
function keyedOrder(items: Fields[], sort: Sort) {
  const keyed: Keyed[] = items.map((item, index) => ({ item, keys: sort.map(({ fieldName }) => comparable(item[fieldName])), index }));
  const order = (a: Keyed, b: Keyed): number => {
    for (let i = 0; i < sort.length; i += 1) {
      const c = compare(a.keys[i], b.keys[i]);
      if (c !== 0) return sort[i]?.order === 'DESC' ? -c : c;
    }
    return a.index - b.index;
  };
  return { keyed, order };
}

export function sortItems(items: Fields[], sort: Sort | undefined): Fields[] {
  if (!sort?.length) return items;
  const { keyed, order } = keyedOrder(items, sort);
  return keyed.sort(order).map((k) => k.item);
}

/**
 * The first `count` items in sort order, the same as sorting all and slicing: a page of 1,000 out of
 * 50,000 keeps the best 1,000 in a heap instead of sorting the 50,000 for every page.
 */
export function firstSorted(items: Fields[], sort: Sort | undefined, count: number): Fields[] {
  if (!sort?.length || count * 4 >= items.length) return sortItems(items, sort).slice(0, count);
  const { keyed, order } = keyedOrder(items, sort);
  // A max-heap of the best `count` so far: its root is the worst of them.
  const heap: Keyed[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j] as Keyed, heap[i] as Keyed]);
  const worse = (i: number, j: number) => order(heap[i] as Keyed, heap[j] as Keyed) > 0;
  for (const k of keyed) {
    if (heap.length < count) {
      heap.push(k);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (heap[0] && order(k, heap[0]) < 0) {
      heap[0] = k;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < heap.length && worse(l, top)) top = l;
        if (r < heap.length && worse(r, top)) top = r;
        if (top === i) break;
        swap(i, top);
        i = top;
      }
    }
  }
  return heap.sort(order).map((k) => k.item);
}
