// Draws the Onus icons: a white check mark on a deep blue (#1F4E79) rounded square.
// Reproducible with Node built-ins only (zlib + a small PNG encoder), no ImageMagick.
//
//   node addin/assets/make-icons.mjs [out-dir]
//
// Writes, next to this script (or into out-dir; the tests use that to check the PNGs are current):
//   icon-16.png icon-32.png icon-80.png   ribbon button images (bt:Image 16/32/80)
//   icon-64.png icon-128.png              IconUrl / HighResolutionIconUrl (add-in list, store)
//   icon-color-192.png                    unified manifest "icons.color" (192x192, full colour)
//   icon-outline-32.png                   unified manifest "icons.outline" (32x32, white on transparent)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 8; // 8x8 samples per pixel for smooth edges

// Shapes in unit coordinates (0..1, y down).
const CHECK = [
  [0.27, 0.52],
  [0.43, 0.68],
  [0.74, 0.35],
];
const CHECK_HALF_WIDTH = 0.065;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inCheck(x, y) {
  for (let i = 0; i + 1 < CHECK.length; i++) {
    if (distanceToSegment(x, y, CHECK[i], CHECK[i + 1]) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
}

/** Inside a rounded square spanning [m, 1 - m] with corner radius r. */
function inRoundedSquare(x, y, m, r) {
  const lo = m + r;
  const hi = 1 - m - r;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return x >= m && x <= 1 - m && y >= m && y <= 1 - m && Math.hypot(x - cx, y - cy) <= r;
}

/** Per-pixel coverage of each layer, averaged over sub-samples. */
function coverage(size, px, py, layers) {
  const hits = layers.map(() => 0);
  for (let sy = 0; sy < SUBSAMPLES; sy++) {
    for (let sx = 0; sx < SUBSAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
      const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
      layers.forEach((inside, i) => {
        if (inside(x, y)) hits[i] += 1;
      });
    }
  }
  return hits.map((h) => h / (SUBSAMPLES * SUBSAMPLES));
}

/** Colour icon: blue rounded square, white check composited over it. */
function colorPixel(size, px, py) {
  const [square, check] = coverage(size, px, py, [
    (x, y) => inRoundedSquare(x, y, 0.03, 0.2),
    inCheck,
  ]);
  const rgb = BLUE.map((b, i) => Math.round(b * (1 - check) + WHITE[i] * check));
  return [...rgb, Math.round(255 * square)];
}

/** Outline icon: white ring of the rounded square plus the check, transparent elsewhere. */
function outlinePixel(size, px, py) {
  const ring = (x, y) => inRoundedSquare(x, y, 0.03, 0.2) && !inRoundedSquare(x, y, 0.12, 0.11);
  const [alpha] = coverage(size, px, py, [(x, y) => ring(x, y) || inCheck(x, y)]);
  return [...WHITE, Math.round(255 * alpha)];
}

function render(size, pixel) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const rowStart = y * (size * 4 + 1);
    rows[rowStart] = 0; // filter type: none
    for (let x = 0; x < size; x++) {
      Buffer.from(pixel(size, x, y)).copy(rows, rowStart + 1 + x * 4);
    }
  }
  return encodePng(size, size, rows);
}

// --- PNG encoder (RGBA, 8 bits per channel) ---
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(width, height, filteredRows) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filteredRows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
const outputs = [
  ...[16, 32, 64, 80, 128].map((size) => [`icon-${size}.png`, size, colorPixel]),
  ['icon-color-192.png', 192, colorPixel],
  ['icon-outline-32.png', 32, outlinePixel],
];
for (const [name, size, pixel] of outputs) {
  writeFileSync(join(outDir, name), render(size, pixel));
  console.log(`wrote ${join(outDir, name)} (${size}x${size})`);
}
