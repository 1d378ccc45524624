// How to call pnpm from a script: the pnpm that ran us (npx pnpm, a global pnpm or corepack alike), else npx.
export const pnpm = process.env.npm_execpath?.includes('pnpm') ? [process.execPath, process.env.npm_execpath] : ['npx', '-y', 'pnpm@10.34.9'];

// Colour codes make a log that is not a terminal hard to read (CI), so tools are asked for plain text there.
export const plainWhenPiped = (env = process.env) => (process.stdout.isTTY ? env : { ...env, NO_COLOR: '1', FORCE_COLOR: '0' });
