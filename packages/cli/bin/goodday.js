#!/usr/bin/env node
// Checked in rather than built, so that installing the workspace can link the command before the first build.
const built = new URL('../dist/bin.js', import.meta.url);
import(built.href).catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || error.url !== built.href) throw error;
  process.stderr.write('goodday: the command is not built yet: run `pnpm build` in the Good Day workspace.\n');
  process.exitCode = 2;
});
