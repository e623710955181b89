/** Wix takes at most 1,000 items in one bulk call (the emulator's request schemas hold it to that). */
export const BULK_LIMIT = 1000;

type Identified = Record<string, unknown> & { _id: string };

export interface BulkWrite {
  /** The ids Wix wrote. */
  written: string[];
  errors: { originalIndex: number; message: string }[];
}

/** Per item of a bulk call: why Wix did not write it, or undefined when it did. */
function bulkProblems(items: Identified[], { written, errors }: BulkWrite, skipped: string): (string | undefined)[] {
  const errorAt = new Map(errors.map((error) => [error.originalIndex, error.message]));
  // An id given twice in one call was written once.
  const unclaimed = new Map<string, number>();
  for (const id of written) unclaimed.set(id, (unclaimed.get(id) ?? 0) + 1);
  return items.map((item, index) => {
    const error = errorAt.get(index);
    if (error !== undefined) return error;
    const left = unclaimed.get(item._id) ?? 0;
    if (left === 0) return skipped;
    unclaimed.set(item._id, left - 1);
    return undefined;
  });
}

/** Writes in calls of at most 1,000 items (Wix's limit); per item, why it was not written. */
export async function writeInBulk(
  items: Identified[],
  skipped: string,
  write: (chunk: Identified[]) => Promise<BulkWrite>,
): Promise<(string | undefined)[]> {
  const problems: (string | undefined)[] = [];
  for (let start = 0; start < items.length; start += BULK_LIMIT) {
    const chunk = items.slice(start, start + BULK_LIMIT);
    problems.push(...bulkProblems(chunk, await write(chunk), skipped));
  }
  return problems;
}
