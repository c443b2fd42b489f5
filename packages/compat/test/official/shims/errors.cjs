// `require('lib/chartmogul/errors/')` in the official suite: the seven official error classes, as
// @chartmogul-kit/compat exports them (the suite builds one of each from this object's keys).
const compat = require('@chartmogul-kit/compat');

const names = [
  'ChartMogulError',
  'ConfigurationError',
  'ForbiddenError',
  'NotFoundError',
  'ResourceInvalidError',
  'SchemaInvalidError',
  'DeprecatedParamError',
];
module.exports = Object.fromEntries(names.map((name) => [name, compat[name]]));
