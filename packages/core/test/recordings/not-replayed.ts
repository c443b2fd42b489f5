/**
 * Recorded exchanges the replay suite and the recording type checks leave out, each with the
 * reason (`cassette#index` as in fixtures/real-api/recordings.json). The only such list: an
 * exchange that stops passing goes here with its documented reason, or the SDK is fixed.
 */
export const notReplayed: Readonly<Record<string, string>> = {};
