// The browser tests need Debian's chromium (playwright cannot download its own browser here).
// Installs it with apt-get when it is missing and we may; otherwise says in one line what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.GOODDAY_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(`The browser tests need Chromium at ${CHROMIUM}: install it (sudo apt-get install -y chromium), or set GOODDAY_CHROMIUM.`);
    process.exit(1);
  }
  console.log('Installing chromium from Debian for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
