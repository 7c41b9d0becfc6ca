// Runs before `npm test`: the period report's HTML is checked in a real headless Chromium.
// Debian's chromium is used (no browser download). Installs it when missing and this user can
// (root with apt-get, as on CI); otherwise says how, and the browser test explains its failure.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const binary = process.env.CLAUDE_COST_CHROMIUM ?? '/usr/bin/chromium';
if (process.env.CLAUDE_COST_SKIP_BROWSER === '1' || existsSync(binary)) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.warn(
    `${binary} not found: install Debian's chromium (apt-get install chromium), or set CLAUDE_COST_SKIP_BROWSER=1`,
  );
  process.exit(0);
}
console.log('Installing chromium for the report.html browser test (apt-get)...');
const apt = (args) =>
  execFileSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
try {
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
} catch {
  console.warn('apt-get could not install chromium; the browser test will say so');
}
