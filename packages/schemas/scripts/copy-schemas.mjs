// Copies the repository's schemas/ into the package so that `@goodday/schemas/schemas/<name>/<version>.json` resolves.
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '../schemas');
rmSync(target, { recursive: true, force: true });
cpSync(join(here, '../../../schemas'), target, { recursive: true });
