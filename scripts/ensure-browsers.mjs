// `npm test` needs Chromium and Firefox. When one is missing and we run as root on Debian,
// install Debian's packages; otherwise stop with a message that says what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { browserPaths } from './browser-paths.mjs';

const paths = browserPaths();
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
const packages = { chromium: 'chromium', firefox: 'firefox-esr' };
const missing = wanted.filter((b) => !existsSync(paths[b]));

if (missing.length > 0) {
  const pkgs = missing.map((b) => packages[b]).join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing test browsers from Debian: ${pkgs}`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, { stdio: 'inherit' });
  } else {
    console.error(
      `Missing test browser(s): ${missing.join(', ')}.\n` +
        `Install the Debian packages (${pkgs}) as root: sudo apt-get install -y ${pkgs}\n` +
        `or point at installed browsers: CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox\n` +
        `or run one browser only: BROWSERS=chromium npm test`,
    );
    process.exit(1);
  }
}
