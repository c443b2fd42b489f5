// A module of the official library's own internals with no counterpart here (see not-applicable.cjs):
// its tests are skipped, so calling it is a mistake in that list.
module.exports = () => {
  throw new Error(
    'This official internal module has no counterpart in @chartmogul-kit/compat; its tests are listed as not applicable.',
  );
};
