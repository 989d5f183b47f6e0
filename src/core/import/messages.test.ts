import { describe, expect, it } from 'vitest';
import { importMessage } from './messages.ts';

describe('importMessage', () => {
  it('gives a code, its level, the params and both texts', () => {
    expect(importMessage('duplicate_id', { id: 'cy-1', firstRow: 3 })).toEqual({
      code: 'duplicate_id',
      level: 'error',
      params: { id: 'cy-1', firstRow: 3 },
      zh: '编号“cy-1”与第 3 行重复',
      en: 'id "cy-1" repeats row 3',
    });
  });

  it('levels: errors reject, warnings ask to look, info records conversions', () => {
    expect(importMessage('missing_coordinates').level).toBe('error');
    expect(importMessage('hours_missing').level).toBe('warning');
    expect(importMessage('hours_converted', { from: '24小时', to: '24/7' }).level).toBe('info');
  });

  it('words the optional parts only when given', () => {
    expect(importMessage('host_type_missing').en).toBe('no host type given; choose a default host type in the import settings and preview again');
    expect(importMessage('host_type_missing', { suggested: 'company_space', suggestedZh: '企业空间', suggestedEn: 'company space' }).zh).toBe(
      '未填承办方式（根据文字可能是“企业空间”）；请在导入设置中选择默认承办方式后重新预览',
    );
  });

  // QA: the English text showed the code (community_building), and the preview it pointed to had no such control.
  it('names a suggested host type in words, not as a code', () => {
    expect(importMessage('host_type_missing', { suggested: 'company_space', suggestedZh: '企业空间', suggestedEn: 'company space' }).en).toBe(
      'no host type given (the text suggests "company space"); choose a default host type in the import settings and preview again',
    );
  });
});
