import type { FacilityFamily, RuleStatus } from '../../domain/index.ts';

/** Calm, restrained palette: pass is green, fail is orange-red; labels always accompany colour. */
export const PALETTE = {
  background: '#eef0ec',
  water: '#bdd5e3',
  waterLine: '#9fbfcf',
  zoneOutline: '#56626b',
  villageOutline: '#9aa4ab',
  zoneLabel: '#2f3a40',
  selection: '#1b4f72',
  reachFill: '#2b6cb0',
  reachArea: '#d6e3ef',
  gap: '#c2410c',
  pass: '#6fae7f',
  passLight: '#cfe6d3',
  fail: '#d4582f',
  failLight: '#f6d5c4',
  na: '#e2e4e1',
} as const;

export const FAMILY_COLORS: Record<FacilityFamily, string> = {
  hospital: '#6b4c9a',
  primary_care: '#2a7f62',
  blood: '#b03a48',
  emergency: '#1f5fa8',
  public_health: '#8a6d1f',
};

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = hexToRgb(a);
  const [br, bg, bb] = hexToRgb(b);
  const k = Math.min(1, Math.max(0, t));
  const c = (x: number, y: number) => Math.round(x + (y - x) * k);
  return `rgb(${c(ar, br)}, ${c(ag, bg)}, ${c(ab, bb)})`;
}

/**
 * Fill colour of a zone for a reach rule: shades of orange-red below the target share (deeper
 * when fewer people are covered) and shades of green at or above it.
 */
export function shareColor(share: number, targetShare: number): string {
  if (share >= targetShare) {
    const t = targetShare >= 1 ? 1 : (share - targetShare) / (1 - targetShare);
    return mix(PALETTE.passLight, PALETTE.pass, t);
  }
  return mix(PALETTE.fail, PALETTE.failLight, targetShare > 0 ? share / targetShare : 1);
}

/** Fill colour of a zone for a count or ratio rule. */
export function statusColor(status: RuleStatus | undefined): string {
  if (status === 'pass') return PALETTE.passLight;
  if (status === 'fail') return PALETTE.failLight;
  return PALETTE.na;
}
