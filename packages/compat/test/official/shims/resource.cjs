// `require('lib/chartmogul/resource')` in the official suite: the Resource class of @chartmogul-kit/compat.
module.exports = require('@chartmogul-kit/compat').Resource;
