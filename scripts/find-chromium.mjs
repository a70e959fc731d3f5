// Shared by ensure-chromium.mjs and playwright.config.ts: which Chromium the e2e tests launch.
// Returns { path } for an explicit binary, { path: undefined } for Playwright's own browser, or null.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightBundledChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? { path: explicit } : null;
  if (playwrightBundledChromium()) return { path: undefined };
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  return system ? { path: system } : null;
}
