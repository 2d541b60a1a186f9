import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { padCell, renderTextTable } from '../../src/engine/io/index.ts';

/** Display column at which `needle` starts in `line` (Chinese characters are 2 columns wide). */
const columnOf = (line: string, needle: string): number => stringWidth(line.slice(0, line.indexOf(needle)));

describe('renderTextTable', () => {
  const table = {
    header: ['区划', 'Class', 'Population', 'ems_reach'],
    rows: [
      ['马街街道', 'urban', '136,483', '✓ 100.0%'],
      ['棕树营街道', 'urban', '92,847', '✗ 87.4%'],
      ['Xiyuan', 'urban', '—', '—'],
    ],
    footer: [['全区', '', '229,330', '✗ 95.8%']],
  };

  it('starts each column at the same display column when names mix Chinese and Latin letters', () => {
    const [, , majie, zongshuying, xiyuan, , total] = renderTextTable(table).split('\n') as string[];
    expect(columnOf(majie as string, 'urban')).toBe(columnOf(zongshuying as string, 'urban'));
    expect(columnOf(majie as string, 'urban')).toBe(columnOf(xiyuan as string, 'urban'));
    expect(columnOf(majie as string, '✓')).toBe(columnOf(zongshuying as string, '✗'));
    expect(columnOf(majie as string, '✓')).toBe(columnOf(total as string, '✗'));
  });

  it('right-aligns number columns, keeping Chinese text intact', () => {
    const lines = renderTextTable(table).split('\n');
    const end = (l: string, n: string) => columnOf(l, n) + stringWidth(n);
    expect(end(lines[2] as string, '136,483')).toBe(end(lines[3] as string, '92,847'));
    expect(lines[3]).toContain('棕树营街道');
  });

  it('pads by display width, counting a Chinese character as two columns', () => {
    expect(padCell('马街', 6, 'left')).toBe('马街  ');
    expect(padCell('ab', 6, 'right')).toBe('    ab');
    expect(stringWidth(padCell('棕树营街道', 12, 'left'))).toBe(12);
  });
});
