// Run by toolchain.mjs under node: the same as cold-start.mjs through require(), which loads the CommonJS build.
const { Sutro } = require("@sutro/jobs");

const [url, key] = process.argv.slice(2);
new Sutro({ apiKey: key, apiURL: url, logLevel: "off" }).jobs.list({ limit: 1 }).then((page) => {
  if (page.jobs.length !== 1) throw new Error("no job");
});
