#!/usr/bin/env node
// Finds a Chromium for Playwright, or installs Debian's when none is found, so `npm test` works on
// a fresh machine. Order: CHROMIUM_PATH, Playwright's own downloaded browser, the system's
// chromium. Prints the path it will use; playwright.config.ts makes the same choice.
import { execSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? '' : 'sudo ';
  console.log('No Chromium found; installing Debian\'s chromium package (apt-get)...');
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
      stdio: 'inherit',
    });
  } catch {
    console.error(
      'Could not install Chromium. Install it yourself (apt-get install chromium, or npx playwright install chromium) ' +
        'or set CHROMIUM_PATH to a Chromium binary, then run npm test again.',
    );
    process.exit(1);
  }
  found = findChromium();
}
if (!found) {
  console.error('Chromium is still missing after installation. Set CHROMIUM_PATH to a Chromium binary.');
  process.exit(1);
}
console.log(`Chromium for end-to-end tests: ${found.path ?? "Playwright's bundled browser"}`);
