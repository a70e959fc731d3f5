import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

let built: string | undefined;

/**
 * The built SPA for tests that must look at what browsers get: dist/ when `npm run build` made
 * it (as `npm test` does before e2e), else one fresh `vite build` into a temp folder per process.
 */
export function builtSpaDir(): string {
  const dist = resolve('dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  if (!built) {
    built = mkdtempSync(join(tmpdir(), 'ecs-console-spa-'));
    execFileSync('npx', ['vite', 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  return built;
}
