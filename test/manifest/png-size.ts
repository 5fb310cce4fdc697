// Reads the pixel size of a PNG file from its IHDR chunk (no image library needed).
import { readFileSync } from 'node:fs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngSize {
  readonly width: number;
  readonly height: number;
}

/** The PNG's size, or undefined when the file is not a PNG. Throws if the file can't be read. */
export function readPngSize(path: string): PngSize | undefined {
  const bytes = readFileSync(path);
  const isPng =
    bytes.length >= 24 &&
    bytes.subarray(0, 8).equals(PNG_SIGNATURE) &&
    bytes.subarray(12, 16).toString('ascii') === 'IHDR';
  if (!isPng) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
