/**
 * How deep a printed value may nest. JSON.stringify recurses: a hostile body nested a million
 * levels deep (JSON.parse takes it) would overflow the stack and end the command with a
 * RangeError. Far deeper than any ChartMogul record; shallow enough for every stack.
 */
export const MAX_PRINTED_DEPTH = 1000;
export const TOO_DEEP = `[nested deeper than ${MAX_PRINTED_DEPTH} levels: not printed]`;

/**
 * JSON.stringify, except that a value nesting deeper than MAX_PRINTED_DEPTH is printed with its
 * deeper parts replaced by TOO_DEEP: the rest of the answer is still shown. The cut is only
 * made when the plain stringify overflowed, so ordinary answers cost nothing more.
 */
export function toJson(value: unknown, indent?: number): string {
  try {
    return JSON.stringify(value, null, indent);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return JSON.stringify(cutDeep(value, MAX_PRINTED_DEPTH), null, indent);
  }
}

interface Step {
  readonly source: unknown;
  readonly target: Record<string, unknown>;
  readonly key: string;
  readonly depth: number;
}

/** A copy of `value` with what lies deeper than `maxDepth` replaced by TOO_DEEP; iterative, so it cannot overflow itself. */
function cutDeep(value: unknown, maxDepth: number): unknown {
  const root: Record<string, unknown> = {};
  const work: Step[] = [{ source: value, target: root, key: 'value', depth: 0 }];
  for (let step = work.pop(); step !== undefined; step = work.pop()) {
    const { source, target, key, depth } = step;
    if (typeof source !== 'object' || source === null) {
      target[key] = source;
      continue;
    }
    if (depth >= maxDepth) {
      target[key] = TOO_DEEP;
      continue;
    }
    // No prototype: a field named `__proto__` is copied as a field. Each key is set now, in order,
    // so that the copy keeps the order of the fields whatever order the work is done in.
    const copy: Record<string, unknown> = Array.isArray(source) ? (new Array(source.length) as unknown as Record<string, unknown>) : Object.create(null);
    for (const [childKey, child] of Object.entries(source)) {
      copy[childKey] = null;
      work.push({ source: child, target: copy, key: childKey, depth: depth + 1 });
    }
    target[key] = copy;
  }
  return root.value;
}
