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
