// `require('lib/chartmogul/customer')` in the official suite: the Customer class of @chartmogul-kit/compat.
module.exports = require('@chartmogul-kit/compat').Customer;
