import { PNG } from 'pngjs';

/** Colour statistics of a PNG: distinct RGB colours and the share of pixels unlike `background`. */
export function pngStats(buffer: Buffer, background: [number, number, number]) {
  const png = PNG.sync.read(buffer);
  const colours = new Set<number>();
  let different = 0;
  const pixels = png.width * png.height;
  for (let i = 0; i < pixels; i++) {
    const r = png.data[i * 4] ?? 0;
    const g = png.data[i * 4 + 1] ?? 0;
    const b = png.data[i * 4 + 2] ?? 0;
    colours.add((r << 16) | (g << 8) | b);
    const d = Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]);
    if (d > 24) different++;
  }
  return {
    width: png.width,
    height: png.height,
    distinctColours: colours.size,
    foregroundShare: different / pixels,
  };
}

/**
 * The pixel (x, y) most surrounded by pixels of `colour` (within `tolerance` per channel sum):
 * the centre of a drawn symbol of that colour. Null when the colour does not appear.
 */
export function findColour(buffer: Buffer, colour: [number, number, number], tolerance = 12) {
  const png = PNG.sync.read(buffer);
  const near = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= png.width || y >= png.height) return false;
    const i = (y * png.width + x) * 4;
    const d =
      Math.abs((png.data[i] ?? 0) - colour[0]) +
      Math.abs((png.data[i + 1] ?? 0) - colour[1]) +
      Math.abs((png.data[i + 2] ?? 0) - colour[2]);
    return d <= tolerance;
  };
  let best: { x: number; y: number; score: number } | null = null;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if (!near(x, y)) continue;
      let score = 0;
      for (let dy = -3; dy <= 3; dy++) for (let dx = -3; dx <= 3; dx++) if (near(x + dx, y + dy)) score++;
      if (!best || score > best.score) best = { x, y, score };
    }
  }
  return best;
}
