// Builds the forms demo and serves it on http://127.0.0.1:8080 (PORT to change), with its CSP sent as a header too.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

if (spawnSync(process.execPath, [join(here, 'build.mjs')], { stdio: 'inherit' }).status !== 0) process.exit(1);
const port = Number(process.env.PORT ?? 8080);
createServer((request, response) => {
  const name = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1) || 'index.html';
  // Only the files the build writes, by name: no path from the request reaches the file system otherwise.
  const type = /^[a-z.]+$/i.test(name) ? TYPES[extname(name)] : undefined;
  let body;
  try {
    body = type ? readFileSync(join(here, 'dist', name)) : undefined;
  } catch {
    body = undefined;
  }
  response.writeHead(body ? 200 : 404, { 'content-type': body ? type : 'text/plain', 'content-security-policy': CSP }).end(body ?? 'Not found');
}).listen(port, '127.0.0.1', () => console.log(`The forms demo is on http://127.0.0.1:${port}/ (Ctrl+C to stop).`));
