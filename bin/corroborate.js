#!/usr/bin/env node
// The CLI entry point; the code is bundled into dist/cli.js by `npm run build`.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('corroborate: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`corroborate: ${(err && err.stack) || err}\n`);
      process.exitCode = 2;
    },
  );
