import { InvalidParameterError } from '../errors/invalid-parameter-error.js';

/**
 * The ChartMogul API's irregularities, handled once, here. Rows use these as their `prepare`,
 * which runs on the caller's params (`undefined` fields already dropped) before they are split
 * into query string and JSON body.
 */
type Params = Record<string, unknown>;
type Prepare = (params: Params) => Params;

/** The snake_case spelling callers may use, and the hyphenated name the wire wants. */
const HYPHENATED_DATES = [
  ['start_date', 'start-date'],
  ['end_date', 'end-date'],
] as const;

/**
 * Metrics, activities and activities exports spell their dates `start-date` / `end-date`, unlike
 * the rest of the API. Accept the snake_case names too (as the Ruby and Python libraries do) and
 * send the hyphenated ones. Both spellings of one date at once would be ambiguous: refused.
 */
export function hyphenateDates(params: Params): Params {
  const result: Params = { ...params };
  for (const [snake, wire] of HYPHENATED_DATES) {
    if (!(snake in result)) continue;
    if (wire in result) {
      throw new InvalidParameterError(snake, `Pass "${snake}" or "${wire}", not both (the same date).`);
    }
    result[wire] = result[snake];
    delete result[snake];
  }
  return result;
}

const ENVELOPE = 'subscription_event';

/** Params that stay beside the envelope: they travel in the query string. */
const OUTSIDE_ENVELOPE = new Set(['handle_as_user_edit']);

/**
 * Subscription-event writes want the event inside `{ subscription_event: {...} }`. Callers may
 * pass the fields flat (the natural shape) or already wrapped (the wire's shape, what older
 * code sends); both leave as the wire's shape. A mix of the two is refused: which fields win
 * would be a guess.
 */
export function wrapSubscriptionEvent(params: Params): Params {
  // Object.fromEntries, not assignment: a field named "__proto__" must stay a field.
  const entries = Object.entries(params);
  const isOutside = (key: string) => key === ENVELOPE || OUTSIDE_ENVELOPE.has(key);
  const outside: Params = Object.fromEntries(entries.filter(([key]) => isOutside(key)));
  const event: Params = Object.fromEntries(entries.filter(([key]) => !isOutside(key)));
  if (!Object.hasOwn(outside, ENVELOPE)) return { ...outside, [ENVELOPE]: event };
  const wrapped = outside[ENVELOPE];
  if (typeof wrapped !== 'object' || wrapped === null || Array.isArray(wrapped)) {
    throw new InvalidParameterError(ENVELOPE, `"${ENVELOPE}" must be an object holding the event's fields.`);
  }
  const strays = Object.keys(event);
  if (strays.length > 0) {
    throw new InvalidParameterError(
      strays[0] as string,
      `Pass the event's fields flat or inside "${ENVELOPE}", not both (found ${strays
        .map((key) => `"${key}"`)
        .join(', ')} beside it).`,
    );
  }
  return outside;
}

/**
 * `disable` and `enable` are one endpoint (`.../disabled_state`) with a `disabled` flag; each
 * method sets the flag so that the method's name is the whole intent.
 */
export function setDisabled(disabled: boolean): Prepare {
  return (params) => ({ ...params, disabled });
}

/** The same, for subscription events by external id: the ids go in the envelope, the flag beside it. */
export function setDisabledSubscriptionEvent(disabled: boolean): Prepare {
  return (params) => ({ ...wrapSubscriptionEvent(params), disabled });
}

/** The Import API's writes take `handle_as_user_edit` in the query string, not the body. */
export const USER_EDIT_QUERY = ['handle_as_user_edit'] as const;

/**
 * By-external-id writes address the record on the collection path with
 * `?data_source_uuid=&external_id=`, even for PATCH and DELETE.
 */
export const BY_EXTERNAL_ID_QUERY = ['data_source_uuid', 'external_id', 'handle_as_user_edit'] as const;
