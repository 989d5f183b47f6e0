import { describe, expect, it } from 'vitest';
import { HOST_TYPES, STATION_KINDS, STATION_STATUSES } from '../station.ts';
import { HOST_TYPE_LABELS, HOST_TYPE_NAMES_EN, KIND_LABELS, STATUS_LABELS, labelOf, readHostType, readKind, readStatus, suggestHostType } from './sheetLabels.ts';

describe('sheet labels', () => {
  it('reads Chinese labels and English codes', () => {
    expect(readKind('驿站')).toBe('rest_station');
    expect(readKind('换电柜')).toBe('battery_swap_cabinet');
    expect(readKind('Rest Station')).toBe('rest_station');
    expect(readHostType('物业岗亭')).toBe('property_guard_booth');
    expect(readHostType('party-community-centre')).toBe('party_community_centre');
    expect(readStatus('暂停开放')).toBe('temporarily_closed');
    expect(readStatus('停用')).toBe('permanently_closed');
  });

  it('does not guess unknown labels (关闭 could be temporary or permanent)', () => {
    expect(readKind('茶馆')).toBeNull();
    expect(readStatus('关闭')).toBeNull();
    expect(readHostType('')).toBeNull();
  });

  it('has an export label for every code that reads back to it', () => {
    for (const k of STATION_KINDS) expect(readKind(labelOf(KIND_LABELS, k))).toBe(k);
    for (const h of HOST_TYPES) expect(readHostType(labelOf(HOST_TYPE_LABELS, h))).toBe(h);
    for (const s of STATION_STATUSES) expect(readStatus(labelOf(STATUS_LABELS, s))).toBe(s);
  });

  it('suggests a host type from words in the row, or nothing', () => {
    expect(suggestHostType('百环家园党群服务中心', '百环家园小区党群服务中心')).toBe('party_community_centre');
    expect(suggestHostType('富力城物业岗亭驿站')).toBe('property_guard_booth');
    expect(suggestHostType('广和里企业驿站', '', '企业自管')).toBe('company_space');
    expect(suggestHostType('二十二院街小哥加油站', '双井街道二十二院街艺术区内')).toBeNull();
  });
});

// QA: the import hints said 物业岗亭 / 企业场所 where the form says 物业门岗 / 企业空间.
describe('host type labels', () => {
  it('write the labels the console form shows, and still read the old ones', async () => {
    const { zhCN } = await import('../../i18n/zhCN.ts');
    const { en } = await import('../../i18n/en.ts');
    for (const h of HOST_TYPES) {
      expect(labelOf(HOST_TYPE_LABELS, h)).toBe(zhCN.hostTypes[h]);
      expect(HOST_TYPE_NAMES_EN[h]).toBe(en.hostTypes[h]);
    }
    expect(readHostType('物业岗亭')).toBe('property_guard_booth');
    expect(readHostType('企业场所')).toBe('company_space');
  });
});
