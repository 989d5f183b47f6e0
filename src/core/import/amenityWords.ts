/**
 * Amenity words as offices write them (`电动车充电、饮水、微波炉`) → the amenity vocabulary.
 *
 * Each word is looked up whole, after trimming and dropping a leading 免费/提供/有 ("free",
 * "provides", "has"). A word not in the table is returned in `unknown`, never dropped
 * silently: the preview shows it and the office decides. A bare 充电 ("charging") is
 * deliberately unknown, because it does not say whether e-bikes or phones.
 */
import { AMENITIES, type Amenity } from '../station.ts';

/** Synonyms per amenity; the first Chinese word is the one exports write. */
export const AMENITY_WORDS: Record<Amenity, readonly string[]> = {
  ebike_charging: ['电动车充电', '电瓶车充电', '电动自行车充电', '电单车充电', '电车充电', '充电桩', '电动车充电桩', 'e-bike charging', 'ebike charging'],
  battery_swap: ['换电', '换电柜', '换电池', '电池更换', 'battery swap'],
  phone_charging: ['手机充电', '充电宝', '共享充电宝', '手机充电器', 'phone charging'],
  drinking_water: ['饮水', '饮用水', '饮水机', '直饮水', '喝水', '免费饮水', 'drinking water', 'water'],
  hot_water: ['热水', '开水', '热水器', 'hot water'],
  microwave: ['微波炉', '热饭', '加热饭菜', 'microwave'],
  fridge: ['冰箱', '冷藏柜', 'fridge', 'refrigerator'],
  toilet: ['卫生间', '厕所', '洗手间', '公厕', 'toilet', 'toilets', 'wc', 'restroom'],
  seating: ['休息座椅', '桌椅', '座椅', '休息桌椅', '休息区', '座位', '沙发', 'seating', 'seats', 'chairs'],
  heating: ['暖气', '取暖', '供暖', '取暖器', 'heating'],
  air_conditioning: ['空调', '冷气', 'air conditioning', 'air-conditioning', 'ac'],
  raincoats: ['雨衣', '雨具', '一次性雨衣', 'raincoats', 'raincoat'],
  first_aid: ['急救包', '药箱', '医药箱', '急救箱', '常用药品', '应急药品', 'first aid', 'first-aid kit'],
  wifi: ['无线网', '无线网络', 'wifi', 'wi-fi', 'wlan'],
  repair_tools: ['维修工具', '打气筒', '修车工具', '工具箱', '充气', 'repair tools'],
};

const normaliseWord = (word: string): string =>
  word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const LOOKUP: ReadonlyMap<string, Amenity> = new Map(
  AMENITIES.flatMap((a) => [a, ...AMENITY_WORDS[a]].map((w) => [normaliseWord(w), a] as const)),
);

/** 、 , ， ; ； / ／ | and line breaks separate words; so do spaces between Chinese words. */
const SEPARATORS = /[、,，;；/／|\n\r\t]+/;

export interface AmenityWordsResult {
  /** Recognised amenities, without repeats, in the vocabulary's display order. */
  amenities: Amenity[];
  /** Words that matched nothing, as written (trimmed). */
  unknown: string[];
}

function lookup(word: string): Amenity | undefined {
  const w = normaliseWord(word);
  return LOOKUP.get(w) ?? LOOKUP.get(w.replace(/^(免费|提供|有)/, '')) ?? LOOKUP.get(w.replace(/_/g, ' '));
}

/**
 * Reads a cell of amenity words.
 * @example
 * amenityWordsToVocabulary('电动车充电、饮水、微波炉、按摩椅')
 * // { amenities: ['ebike_charging', 'drinking_water', 'microwave'], unknown: ['按摩椅'] }
 */
export function amenityWordsToVocabulary(text: string): AmenityWordsResult {
  const found = new Set<Amenity>();
  const unknown: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const word = part.trim();
    if (!word) continue;
    // Spaces separate words too ("饮水 热水"), but English words have spaces inside
    // ("hot water"): take the longest run of pieces that is a known word.
    const pieces = word.split(/\s+/);
    for (let k = 0; k < pieces.length; ) {
      let matched = 0;
      for (let j = pieces.length; j > k && !matched; j--) {
        const hit = lookup(pieces.slice(k, j).join(' '));
        if (hit) {
          found.add(hit);
          matched = j - k;
        }
      }
      if (!matched) unknown.push(pieces[k] ?? '');
      k += matched || 1;
    }
  }
  return { amenities: AMENITIES.filter((a) => found.has(a)), unknown };
}

/** The word exports write for an amenity (the first Chinese synonym). */
export function amenityWord(amenity: Amenity): string {
  return AMENITY_WORDS[amenity][0] ?? amenity;
}
