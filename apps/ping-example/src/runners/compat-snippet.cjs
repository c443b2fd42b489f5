// The snippet from ChartMogul's authentication docs, with only the package name changed
// (chartmogul-node -> @chartmogul-kit/compat). Run unchanged on Node, Bun and Deno; the key comes
// from CHARTMOGUL_ACCOUNT_TOKEN / CHARTMOGUL_SECRET_KEY, the local ChartMogul's URL from CHARTMOGUL_API_BASE.
const ChartMogul = require('@chartmogul-kit/compat');
const config = new ChartMogul.Config(process.env.CHARTMOGUL_ACCOUNT_TOKEN, process.env.CHARTMOGUL_SECRET_KEY);
ChartMogul.Ping.ping(config)
  .then((res) => console.log(res))
  .catch((err) => console.error(err));
