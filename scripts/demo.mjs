#!/usr/bin/env node
// `npm run demo`: the checker over the bundled examples. The examples are
// meant to have findings, so exit status 1 ("error findings") is the expected
// outcome here; only 2 (usage or internal error) fails the demo.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/'], { stdio: 'inherit' });
process.exit(result.status === 1 ? 0 : (result.status ?? 2));
