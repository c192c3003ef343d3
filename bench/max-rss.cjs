// Preloaded into the sutro-jobs CLI by memory.mjs (node --require): on exit, its peak RSS to stderr.
process.on("exit", () => process.stderr.write(`${JSON.stringify({ max_rss_kb: process.resourceUsage().maxRSS })}\n`));
