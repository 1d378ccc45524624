#!/usr/bin/env node
import { run } from './run.js';

// A reader that stops early (`goodday validate … | head`) closes the pipe: that is not an error, so stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
