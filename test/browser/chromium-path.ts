import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chrome/Chromium to drive: $CHROMIUM_PATH, else the first usual install found (same order as scripts/ensure-chromium.sh). */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
  }
  const found = CANDIDATES.find(isExecutable);
  if (found) return found;
  throw new Error(
    'no Chrome/Chromium found for the browser tests. Run `bash scripts/ensure-chromium.sh` ' +
      '(as root it installs Debian\'s chromium), or `apt-get install -y chromium fonts-noto-cjk`, ' +
      'or set CHROMIUM_PATH to a Chrome executable.',
  );
}
