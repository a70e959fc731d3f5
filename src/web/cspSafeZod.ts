import { z } from 'zod';

/**
 * The console's CSP forbids eval (script-src 'self'). Zod 4 compiles object parsers with
 * `new Function` when it may, and probes for it once: under the CSP the probe is refused and the
 * browser reports a violation, although Zod then falls back. Jitless mode skips the probe and the
 * compilation. Imported first in main.tsx, before any schema is built.
 */
z.config({ jitless: true });
