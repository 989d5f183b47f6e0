import { describe, expect, it } from 'vitest';
import { AMENITIES } from '../station.ts';
import { amenityWord, amenityWordsToVocabulary } from './amenityWords.ts';

describe('amenityWordsToVocabulary', () => {
  it('reads the sample sheet\'s words, in vocabulary order', () => {
    expect(amenityWordsToVocabulary('电动车充电、手机充电、饮水、微波炉、雨衣、休息座椅')).toEqual({
      amenities: ['ebike_charging', 'phone_charging', 'drinking_water', 'microwave', 'seating', 'raincoats'],
      unknown: [],
    });
    expect(amenityWordsToVocabulary('饮水、热水、微波炉、空调、暖气').amenities).toEqual([
      'drinking_water',
      'hot_water',
      'microwave',
      'heating',
      'air_conditioning',
    ]);
  });

  it.each([
    ['卫生间', 'toilet'],
    ['厕所', 'toilet'],
    ['桌椅', 'seating'],
    ['取暖', 'heating'],
    ['药箱', 'first_aid'],
    ['急救包', 'first_aid'],
    ['换电', 'battery_swap'],
    ['冰箱', 'fridge'],
    ['WiFi', 'wifi'],
    ['Ｗｉ－Ｆｉ', 'wifi'],
    ['无线网', 'wifi'],
    ['维修工具', 'repair_tools'],
    ['打气筒', 'repair_tools'],
    ['免费饮水', 'drinking_water'],
    ['hot water', 'hot_water'],
    ['ebike_charging', 'ebike_charging'],
  ])('%s → %s', (word, amenity) => {
    expect(amenityWordsToVocabulary(word)).toEqual({ amenities: [amenity], unknown: [] });
  });

  it('splits on 、,，;；/ and spaces', () => {
    expect(amenityWordsToVocabulary('饮水,热水，微波炉;冰箱；空调/暖气 雨衣').amenities).toEqual([
      'drinking_water',
      'hot_water',
      'microwave',
      'fridge',
      'heating',
      'air_conditioning',
      'raincoats',
    ]);
    expect(amenityWordsToVocabulary('drinking water, hot water').amenities).toEqual(['drinking_water', 'hot_water']);
  });

  it('reports unknown words instead of dropping them (a bare 充电 does not say what it charges)', () => {
    expect(amenityWordsToVocabulary('饮水、按摩椅、充电')).toEqual({ amenities: ['drinking_water'], unknown: ['按摩椅', '充电'] });
    expect(amenityWordsToVocabulary('饮水 按摩椅')).toEqual({ amenities: ['drinking_water'], unknown: ['按摩椅'] });
  });

  it('ignores repeats and empty pieces', () => {
    expect(amenityWordsToVocabulary('、饮水、、饮用水、 ')).toEqual({ amenities: ['drinking_water'], unknown: [] });
    expect(amenityWordsToVocabulary('')).toEqual({ amenities: [], unknown: [] });
  });

  it('has an export word for every amenity that reads back to it', () => {
    for (const a of AMENITIES) expect(amenityWordsToVocabulary(amenityWord(a)).amenities).toEqual([a]);
  });
});
