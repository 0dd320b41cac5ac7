// Where the test browsers live. Debian's packages by default; CHROMIUM_PATH / FIREFOX_PATH
// point elsewhere (e.g. a Chrome or Firefox installed by other means).
export function browserPaths() {
  return {
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  };
}
