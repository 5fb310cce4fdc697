// Headers on every page and API answer (helmet). The task pane runs in Outlook's frame, so:
//  - no X-Frame-Options; CSP frame-ancestors names the Outlook hosts that may frame it instead;
//  - scripts only from our origin and Office's script host (office.js and the files it loads);
//  - styles also inline: taskpane.html has a <style>, and Fluent UI (Griffel) inserts its rules at run time;
//  - connect-src adds the Microsoft sign-in host: MSAL.js redeems tokens there when the pane signs in
//    without Nested App Authentication;
//  - no Cross-Origin-Opener-Policy: it would cut Office dialogs (displayDialogAsync) off from the pane.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export const OFFICE_SCRIPT_HOST = 'https://appsforoffice.microsoft.com';
export const OUTLOOK_FRAME_ANCESTORS = [
  "'self'",
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://*.officeapps.live.com',
  'https://*.office.com',
] as const;

export interface SecurityHeaderOptions {
  /** The server is reached over https (PUBLIC_URL): send HSTS and upgrade stray http requests. */
  readonly https: boolean;
  /** The Microsoft sign-in origin (ONUS_AUTHORITY_HOST). */
  readonly authorityHost: string;
}

export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", OFFICE_SCRIPT_HOST],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", options.authorityHost],
        'worker-src': ["'self'"],
        'frame-ancestors': [...OUTLOOK_FRAME_ANCESTORS],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    frameguard: false,
    crossOriginOpenerPolicy: false,
    // Outlook shows the manifest's icons from our origin inside its own pages.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    xContentTypeOptions: true,
  });
}

/** API answers carry firm data: no browser or proxy keeps a copy. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
