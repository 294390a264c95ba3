// Draws images/icon.png (128x128 RGBA): an envelope over a zone-file ruled page, on a rounded
// blue square. Pure pixel math with zlib for the PNG, so the icon needs no download or tool.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

function blend(x, y, [r, g, b], alpha = 1) {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE || alpha <= 0) return;
  const i = (y * SIZE + x) * 4;
  const a = Math.min(1, alpha);
  const baseAlpha = pixels[i + 3] / 255;
  const outAlpha = a + baseAlpha * (1 - a);
  const mix = (top, bottom) => Math.round((top * a + bottom * baseAlpha * (1 - a)) / (outAlpha || 1));
  pixels[i] = mix(r, pixels[i]);
  pixels[i + 1] = mix(g, pixels[i + 1]);
  pixels[i + 2] = mix(b, pixels[i + 2]);
  pixels[i + 3] = Math.round(outAlpha * 255);
}

/** Coverage of a rounded rectangle at a pixel centre, antialiased over one pixel. */
function roundedRect(x0, y0, x1, y1, radius, color) {
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      const cx = Math.min(Math.max(x + 0.5, x0 + radius), x1 - radius);
      const cy = Math.min(Math.max(y + 0.5, y0 + radius), y1 - radius);
      const distance = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      blend(x, y, color, radius - distance + 0.5);
    }
  }
}

/** An antialiased line of the given width (distance to the segment). */
function line(ax, ay, bx, by, width, color) {
  const [minX, maxX] = [Math.min(ax, bx) - width, Math.max(ax, bx) + width];
  const [minY, maxY] = [Math.min(ay, by) - width, Math.max(ay, by) + width];
  const length2 = (bx - ax) ** 2 + (by - ay) ** 2;
  for (let y = Math.floor(minY); y <= Math.ceil(maxY); y++) {
    for (let x = Math.floor(minX); x <= Math.ceil(maxX); x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length2));
      const distance = Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
      blend(x, y, color, width / 2 - distance + 0.5);
    }
  }
}

const BLUE = [24, 78, 160];
const PAGE = [236, 242, 250];
const RULE = [150, 170, 200];
const YELLOW = [255, 204, 41];
const INK = [30, 40, 60];

roundedRect(4, 4, 124, 124, 22, BLUE);
roundedRect(26, 16, 102, 84, 6, PAGE);
for (let y = 28; y <= 72; y += 11) line(34, y, 94, y, 3, RULE);
roundedRect(18, 62, 110, 114, 8, YELLOW);
line(22, 66, 64, 94, 5, INK);
line(106, 66, 64, 94, 5, INK);

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);

mkdirSync('images', { recursive: true });
writeFileSync('images/icon.png', png);
console.log(`images/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);
