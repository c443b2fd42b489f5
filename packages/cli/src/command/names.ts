/** `customerNotes` -> `customer-notes`, `retrieveAttributes` -> `retrieve-attributes`: how the command line spells the client's names. */
export function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** `--data-source-uuid` names the wire's `data_source_uuid`. */
export function flagName(param: string): string {
  return param.replace(/_/g, '-');
}

/** The candidate closest to what was typed, when it is close enough to be a plausible typo. */
export function closestMatch(typed: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(typed) || typed.startsWith(candidate) ? 1 : editDistance(typed, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 3)) ? best : undefined;
}

/** Levenshtein distance, two rows at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** ` Did you mean "x"?` or nothing. */
export function didYouMean(typed: string, candidates: Iterable<string>, prefix = ''): string {
  const match = closestMatch(typed, candidates);
  return match === undefined ? '' : ` Did you mean "${prefix}${match}"?`;
}
