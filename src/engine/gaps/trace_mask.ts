/** A ring of grid-corner coordinates [x0, y0, x1, y1, …], closed implicitly. */
export type CornerRing = number[];

/** Polygons (outer ring first, then holes) traced around the set cells of a mask. */
export type CornerPolygon = CornerRing[];

const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

function signedArea(r: CornerRing): number {
  let a = 0;
  const n = r.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    a += (r[2 * j] as number) * (r[2 * i + 1] as number) - (r[2 * i] as number) * (r[2 * j + 1] as number);
  }
  return a / 2;
}

function inside(r: CornerRing, x: number, y: number): boolean {
  let c = false;
  const n = r.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = r[2 * i] as number;
    const yi = r[2 * i + 1] as number;
    const xj = r[2 * j] as number;
    const yj = r[2 * j + 1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/**
 * Traces the outlines of the set cells of a `w`×`h` mask (row-major, y up) into polygons with
 * holes. Edges keep the set cells on their left, so outer rings run counter-clockwise and holes
 * clockwise; at a corner shared by two diagonal cells the walk turns left, so such cells stay
 * separate polygons. Vertices are emitted only where the outline turns.
 */
export function traceMask(mask: Uint8Array, w: number, h: number): CornerPolygon[] {
  const at = (x: number, y: number) => x >= 0 && y >= 0 && x < w && y < h && mask[y * w + x] === 1;
  const W = w + 1;
  const out = new Uint8Array(W * (h + 1));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!at(x, y)) continue;
      if (!at(x, y - 1)) out[y * W + x] = (out[y * W + x] as number) | 1;
      if (!at(x + 1, y)) out[y * W + x + 1] = (out[y * W + x + 1] as number) | 2;
      if (!at(x, y + 1)) out[(y + 1) * W + x + 1] = (out[(y + 1) * W + x + 1] as number) | 4;
      if (!at(x - 1, y)) out[(y + 1) * W + x] = (out[(y + 1) * W + x] as number) | 8;
    }
  }
  const orig = out.slice();
  const rings: CornerRing[] = [];
  for (let v0 = 0; v0 < out.length; v0++) {
    while (out[v0]) {
      const bits = out[v0] as number;
      let d = bits & 1 ? 0 : bits & 2 ? 1 : bits & 4 ? 2 : 3;
      const ring: number[] = [v0 % W, Math.floor(v0 / W)];
      let v = v0;
      for (;;) {
        out[v] = (out[v] as number) & ~(1 << d);
        v += DX[d] as number;
        v += (DY[d] as number) * W;
        const b = orig[v] as number;
        const left = (d + 1) & 3;
        const right = (d + 3) & 3;
        const next = b & (1 << left) ? left : b & (1 << d) ? d : b & (1 << right) ? right : -1;
        if (next < 0 || !((out[v] as number) & (1 << next))) break;
        if (next !== d) ring.push(v % W, Math.floor(v / W));
        d = next;
      }
      if (ring.length >= 6) rings.push(ring);
    }
  }
  const outers = rings
    .filter((r) => signedArea(r) > 0)
    .map((r) => ({ ring: r, area: signedArea(r), holes: [] as CornerRing[] }));
  for (const hole of rings.filter((r) => signedArea(r) < 0)) {
    const [x0, y0, x1, y1] = hole as [number, number, number, number];
    const dx = Math.sign(x1 - x0);
    const dy = Math.sign(y1 - y0);
    const px = (x0 + x1) / 2 - dy * 0.25;
    const py = (y0 + y1) / 2 + dx * 0.25;
    const owner = outers.filter((o) => inside(o.ring, px, py)).sort((a, b) => a.area - b.area)[0];
    owner?.holes.push(hole);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}
