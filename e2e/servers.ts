/** One console per Playwright worker, on consecutive ports from BASE_PORT (see playwright.config.ts). */
export const WORKERS = 2;
export const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 4180);
