function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  const qx = ax + t * dx - px;
  const qy = ay + t * dy - py;
  return qx * qx + qy * qy;
}

function dp(r: number[], first: number, last: number, tol2: number, keep: Uint8Array): void {
  let maxD = 0;
  let idx = -1;
  const ax = r[2 * first] as number;
  const ay = r[2 * first + 1] as number;
  const bx = r[2 * last] as number;
  const by = r[2 * last + 1] as number;
  for (let i = first + 1; i < last; i++) {
    const d = segDist2(r[2 * i] as number, r[2 * i + 1] as number, ax, ay, bx, by);
    if (d > maxD) {
      maxD = d;
      idx = i;
    }
  }
  if (idx < 0 || maxD <= tol2) return;
  keep[idx] = 1;
  dp(r, first, idx, tol2, keep);
  dp(r, idx, last, tol2, keep);
}

/**
 * Douglas–Peucker on a closed ring of interleaved x, y (not repeating the first point). Splits
 * at the first vertex and the one farthest from it; returns the input when the result would
 * have fewer than 3 vertices, so small gaps never vanish.
 */
export function simplifyRing(ring: readonly number[], tolerance: number): number[] {
  const n = ring.length / 2;
  if (n <= 4) return [...ring];
  const closed = [...ring, ring[0] as number, ring[1] as number];
  let far = 0;
  let farD = -1;
  for (let i = 1; i < n; i++) {
    const d =
      ((ring[2 * i] as number) - (ring[0] as number)) ** 2 +
      ((ring[2 * i + 1] as number) - (ring[1] as number)) ** 2;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const keep = new Uint8Array(n + 1);
  keep[0] = 1;
  keep[far] = 1;
  keep[n] = 1;
  dp(closed, 0, far, tolerance * tolerance, keep);
  dp(closed, far, n, tolerance * tolerance, keep);
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(closed[2 * i] as number, closed[2 * i + 1] as number);
  return out.length >= 6 ? out : [...ring];
}

/**
 * Cuts every corner of a closed ring (interleaved x, y, not repeating the first point) at
 * `cut` along both adjacent edges (at most half of each edge). On a staircase of unit cell
 * edges with cut 0.5 the new points are the edge midpoints, which lie on the diagonal the
 * staircase stands for; long straight edges only lose a corner triangle of ⅛ cell.
 */
export function chamferRing(ring: readonly number[], cut: number): number[] {
  const n = ring.length / 2;
  if (n < 3) return [...ring];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const px = ring[2 * ((i + n - 1) % n)] as number;
    const py = ring[2 * ((i + n - 1) % n) + 1] as number;
    const x = ring[2 * i] as number;
    const y = ring[2 * i + 1] as number;
    const nx = ring[2 * ((i + 1) % n)] as number;
    const ny = ring[2 * ((i + 1) % n) + 1] as number;
    const lenIn = Math.hypot(x - px, y - py);
    const lenOut = Math.hypot(nx - x, ny - y);
    const a = lenIn > 0 ? Math.min(cut, lenIn / 2) / lenIn : 0;
    const b = lenOut > 0 ? Math.min(cut, lenOut / 2) / lenOut : 0;
    const ax = x + (px - x) * a;
    const ay = y + (py - y) * a;
    if (out.length === 0 || out[out.length - 2] !== ax || out[out.length - 1] !== ay) out.push(ax, ay);
    out.push(x + (nx - x) * b, y + (ny - y) * b);
  }
  if (out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return out;
}
