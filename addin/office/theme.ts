// Light or dark, from the Office theme's body background (Outlook exposes officeTheme where the
// host supports it; when it does not, the pane stays light).
import type { ThemeKind } from '../mail/source';

/** Relative luminance of "#rrggbb" (or "rrggbb"), 0 black .. 1 white; null if unparseable. */
export function luminance(color: string | null | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((color ?? '').trim());
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => {
    const c = parseInt(hex ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function outlookTheme(): ThemeKind {
  try {
    const background = Office.context.officeTheme?.bodyBackgroundColor;
    const lum = luminance(background);
    return lum !== null && lum < 0.4 ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}
