import { apiError } from './errors.js';

export type JsonObject = Record<string, unknown>;

/**
 * The request's JSON body as an object: `{}` when there is none (GET, or a DELETE without
 * a body); 400 for malformed JSON or a body that is not an object, as the API answers.
 */
export function parseJsonObject(text: string): JsonObject {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw apiError(400, 'The request body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw apiError(400, 'The request body must be a JSON object.');
  }
  return parsed as JsonObject;
}
