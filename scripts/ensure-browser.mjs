// Makes sure the browser tests have a Chromium. Where none is found, installs
// Playwright's own (this needs internet; CI here installs Debian's chromium instead).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const browser = findBrowser();
if (browser.source === 'playwright' && !existsSync(browser.path)) {
  console.log('No Chromium found; installing Playwright’s Chromium …');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
console.log(`Browser tests use ${browser.path} (${browser.source}).`);
