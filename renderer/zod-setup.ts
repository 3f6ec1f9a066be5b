// Imported first by main.tsx: zod probes `Function("")` once, which a CSP without 'unsafe-eval'
// reports as a violation. jitless mode skips the probe (STACK.md F10).
import { z } from 'zod';

z.config({ jitless: true });
