import { describe, expect, it } from 'vitest';
import { quoteFragments, quoteMismatch } from '../../src/domain/index.ts';

const TABLE = ['\t每千人口注册护士数', '\t人', '\t4.34', '\t4.76', '\t预期性'];

describe('quoteMismatch', () => {
  it('a prose quote matches when it is an exact substring of the line', () => {
    expect(
      quoteMismatch('每个乡镇办好1所乡镇卫生院', ['原则上，每个乡镇办好1所乡镇卫生院，每个街道']),
    ).toBeNull();
  });

  it('a quote with one character changed does not match', () => {
    expect(quoteMismatch('每个乡镇办好2所乡镇卫生院', ['原则上，每个乡镇办好1所乡镇卫生院'])).toEqual({
      fragment: '每个乡镇办好2所乡镇卫生院',
      reason: 'not_found',
    });
  });

  it('half-width and full-width punctuation are different characters', () => {
    expect(quoteMismatch('社区(行政村)', ['每个社区（行政村）要有'])).not.toBeNull();
  });

  it('a table row quote matches its cells across the cited lines', () => {
    expect(quoteMismatch('每千人口注册护士数 | 人 | 4.34 | 4.76 | 预期性', TABLE)).toBeNull();
  });

  it('cells out of order do not match', () => {
    expect(quoteMismatch('每千人口注册护士数 | 人 | 4.76 | 4.34 | 预期性', TABLE)?.reason).toBe('not_found');
  });

  it('a cited line that no fragment comes from is reported', () => {
    expect(quoteMismatch('每千人口注册护士数 | 4.76', TABLE)).toEqual({
      lineIndex: 1,
      reason: 'line_unused',
    });
  });

  it('an ellipsis leaves words out between two fragments of one line', () => {
    expect(
      quoteMismatch('将辖区内…纳入院前急救体系网络', [
        '进一步完善，将辖区内市级医疗机构纳入院前急救体系网络。',
      ]),
    ).toBeNull();
  });
});

describe('quoteFragments', () => {
  it('splits on table bars and ellipses and drops empty pieces', () => {
    expect(quoteFragments('2020年 | 2025年 |  每千人口…床位数')).toEqual([
      '2020年',
      '2025年',
      '每千人口',
      '床位数',
    ]);
  });
});
