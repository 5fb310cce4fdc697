// Imported first by the entry point. The pane's CSP forbids eval; zod 4 probes for it with
// `new Function` to decide whether to compile its parsers, which Chromium reports as a CSP
// violation. Telling zod up front skips the probe.
import { z } from 'zod';

z.config({ jitless: true });
