/**
 * What the importer says about a row, in both languages.
 *
 * Every message carries a stable `code` and its `params`, so a UI can translate it itself,
 * and ready-made `zh` and `en` texts, so a CLI, a log or a first version of the console can
 * show it as is. Codes never change meaning; texts may be reworded.
 *
 * Levels: `error` means the row cannot be imported (it is "rejected"), `warning` means it can,
 * but someone should look, and `info` records a conversion the preview should show
 * ("每天7:00—22:00 → Mo-Su 07:00-22:00").
 */

export type MessageLevel = 'error' | 'warning' | 'info';

export type MessageParams = Record<string, string | number>;

export interface ImportMessage {
  code: ImportMessageCode;
  level: MessageLevel;
  params: MessageParams;
  zh: string;
  en: string;
}

type Texts = { level: MessageLevel; zh: (p: MessageParams) => string; en: (p: MessageParams) => string };

const CATALOGUE = {
  // --- errors: the row is rejected
  csv_syntax: {
    level: 'error',
    zh: (p) => `CSV 格式错误：${p.detail}`,
    en: (p) => `CSV syntax error: ${p.detail}`,
  },
  column_count_mismatch: {
    level: 'error',
    zh: (p) => `本行有 ${p.received} 个单元格，表头只有 ${p.expected} 列（可能有未加引号的逗号），列已错位`,
    en: (p) => `this row has ${p.received} cells but the header has ${p.expected} columns (probably an unquoted comma); the columns are misaligned`,
  },
  missing_name: { level: 'error', zh: () => '缺少站点名称', en: () => 'the station name is missing' },
  missing_address: { level: 'error', zh: () => '缺少详细地址', en: () => 'the address is missing' },
  field_too_long: {
    level: 'error',
    zh: (p) => `${p.field} 超过 ${p.max} 个字符`,
    en: (p) => `${p.field} is longer than ${p.max} characters`,
  },
  missing_coordinates: {
    level: 'error',
    zh: () => '缺少经纬度，无法定位',
    en: () => 'the coordinates are missing, so the station cannot be placed',
  },
  coordinates_unreadable: {
    level: 'error',
    zh: (p) => `${p.field}“${p.value}”不是数字`,
    en: (p) => `${p.field} "${p.value}" is not a number`,
  },
  coordinates_swapped: {
    level: 'error',
    zh: (p) =>
      `经度 ${p.lng}、纬度 ${p.lat} 看起来填反了（中国的经度约为 73–135，纬度约为 4–54）；对调后位置为 ${p.suggestedLng}, ${p.suggestedLat}，请确认后改正`,
    en: (p) =>
      `longitude ${p.lng} and latitude ${p.lat} look swapped (in China longitude is about 73–135, latitude about 4–54); swapped back the place is ${p.suggestedLng}, ${p.suggestedLat}; please confirm and correct the sheet`,
  },
  coordinates_outside_china: {
    level: 'error',
    zh: (p) => `坐标 ${p.lng}, ${p.lat} 不在中国境内`,
    en: (p) => `coordinates ${p.lng}, ${p.lat} are not in China`,
  },
  invalid_id: {
    level: 'error',
    zh: (p) => `编号“${p.value}”无效（只能用字母、数字和 . _ : -，最长 64 个字符）`,
    en: (p) => `id "${p.value}" is not valid (letters, digits and . _ : - only, at most 64 characters)`,
  },
  duplicate_id: {
    level: 'error',
    zh: (p) => `编号“${p.id}”与第 ${p.firstRow} 行重复`,
    en: (p) => `id "${p.id}" repeats row ${p.firstRow}`,
  },
  office_mismatch: {
    level: 'error',
    zh: (p) => `本行属于街道 ${p.received}，而导入方是 ${p.expected}`,
    en: (p) => `this row belongs to street office ${p.received}, but the import is for ${p.expected}`,
  },
  field_invalid: {
    level: 'error',
    zh: (p) => `${p.field} 无效：${p.detail}`,
    en: (p) => `${p.field} is not valid: ${p.detail}`,
  },
  // --- warnings: importable, look at it
  hours_unreadable: {
    level: 'warning',
    zh: (p) => `开放时间“${p.value}”无法识别（${p.reasonZh}），按“时间未知”导入，请补充`,
    en: (p) => `opening hours "${p.value}" could not be read (${p.reason}); imported as unknown hours, please fill them in`,
  },
  hours_missing: {
    level: 'warning',
    zh: () => '未填开放时间，按“时间未知”导入',
    en: () => 'no opening hours given; imported as unknown hours',
  },
  amenities_unknown: {
    level: 'warning',
    zh: (p) => `以下服务设施无法识别，未导入：${p.words}`,
    en: (p) => `these amenity words were not recognised and were not imported: ${p.words}`,
  },
  formula_like_text: {
    level: 'warning',
    zh: (p) => `${p.field}以 = + - @ 开头，像电子表格公式；已按纯文本保存，导出时会加撇号防止执行`,
    en: (p) => `${p.field} starts with = + - @ like a spreadsheet formula; kept as plain text and neutralised in exports`,
  },
  phone_unreadable: {
    level: 'warning',
    zh: (p) => `联系电话“${p.value}”格式无法识别，未导入`,
    en: (p) => `phone "${p.value}" is not a phone number this system accepts; not imported`,
  },
  value_unknown: {
    level: 'warning',
    zh: (p) => `${p.field}“${p.value}”无法识别，未导入，请在预览中选择`,
    en: (p) => `${p.field} "${p.value}" is not recognised; not imported, please choose it in the preview`,
  },
  host_type_missing: {
    level: 'warning',
    zh: (p) =>
      p.suggested
        ? `未填承办方式（根据文字可能是“${p.suggestedZh}”）；请在导入设置中选择默认承办方式后重新预览`
        : '未填承办方式；请在导入设置中选择默认承办方式后重新预览',
    en: (p) =>
      p.suggested
        ? `no host type given (the text suggests "${p.suggestedEn ?? p.suggested}"); choose a default host type in the import settings and preview again`
        : 'no host type given; choose a default host type in the import settings and preview again',
  },
  closure_reason_missing: {
    level: 'warning',
    zh: () => '状态为暂停开放，但没有填写暂停原因',
    en: () => 'the station is marked temporarily closed but no closure reason is given',
  },
  coordinates_imprecise: {
    level: 'warning',
    zh: (p) => `坐标只有 ${p.decimals} 位小数（误差可达约 ${p.errorMeters} 米），建议在地图上重新取点`,
    en: (p) => `coordinates have only ${p.decimals} decimals (up to about ${p.errorMeters} m off); consider picking the point again`,
  },
  duplicate_nearby: {
    level: 'warning',
    zh: (p) => {
      const other = p.otherRow ? `第 ${p.otherRow} 行` : `已有站点“${p.otherName}”（${p.otherId}）`;
      const otherRowName = p.otherRow && p.otherName ? `“${p.otherName}”` : '';
      if (p.reason === 'same_place') return `与${other}${otherRowName}几乎在同一位置（相距 ${p.distanceMeters} 米），名称不同，可能重复`;
      if (p.reason === 'similar_name') return `与${other}${otherRowName}名称相近，相距 ${p.distanceMeters} 米，可能重复`;
      return `与${other}同名，相距 ${p.distanceMeters} 米，可能重复`;
    },
    en: (p) => {
      const other = p.otherRow ? `row ${p.otherRow}${p.otherName ? ` ("${p.otherName}")` : ''}` : `existing station "${p.otherName}" (${p.otherId})`;
      const sameRow = p.otherRow ? `row ${p.otherRow}` : other;
      if (p.reason === 'same_place') return `at almost the same place as ${other}, ${p.distanceMeters} m away, under another name: probably a duplicate`;
      if (p.reason === 'similar_name') return `name similar to ${other}, ${p.distanceMeters} m away: probably a duplicate`;
      return `same name as ${sameRow}, ${p.distanceMeters} m away: probably a duplicate`;
    },
  },
  // --- sheet-level errors: nothing can be read
  empty_sheet: { level: 'error', zh: () => '文件中没有数据', en: () => 'the file holds no data' },
  missing_columns: {
    level: 'error',
    zh: (p) => `缺少必填列：${p.missingZh}${p.ignored ? `。未识别的列：${p.ignored}` : ''}`,
    en: (p) => `required columns are missing: ${p.missing}${p.ignored ? `. Columns not recognised: ${p.ignored}` : ''}`,
  },
  repeated_columns: {
    level: 'error',
    zh: (p) => `以下列出现了不止一次，无法确定使用哪一列：${p.headers}`,
    en: (p) => `these columns appear more than once, so it is unclear which to read: ${p.headers}`,
  },
  crs_conflict: {
    level: 'error',
    zh: (p) => `列“${p.header}”注明坐标系为 ${p.named}，与所选的 ${p.stated} 不一致，请确认坐标来源`,
    en: (p) => `column "${p.header}" says its coordinates are ${p.named}, but ${p.stated} was chosen; please check where they came from`,
  },
  // --- info: conversions shown in the preview
  hours_converted: {
    level: 'info',
    zh: (p) => `开放时间“${p.from}”→ ${p.to}${p.noteZh ? `（${p.noteZh}）` : ''}`,
    en: (p) => `opening hours "${p.from}" → ${p.to}${p.note ? ` (${p.note})` : ''}`,
  },
  amenities_converted: {
    level: 'info',
    zh: (p) => `服务设施“${p.from}”→ ${p.to}`,
    en: (p) => `amenities "${p.from}" → ${p.to}`,
  },
  apostrophe_removed: {
    level: 'info',
    zh: (p) => `${p.field}开头的撇号是导出时防公式加的，已去掉`,
    en: (p) => `the leading apostrophe of ${p.field} (added by an export against formulas) was removed`,
  },
  coordinates_converted: {
    level: 'info',
    zh: (p) => `坐标 ${p.from}（${p.crs}）→ WGS-84 ${p.to}`,
    en: (p) => `coordinates ${p.from} (${p.crs}) → WGS-84 ${p.to}`,
  },
} satisfies Record<string, Texts>;

export type ImportMessageCode = keyof typeof CATALOGUE;

/**
 * Builds a message from the catalogue.
 * @example
 * importMessage('missing_coordinates').en // 'the coordinates are missing, so the station cannot be placed'
 */
export function importMessage(code: ImportMessageCode, params: MessageParams = {}): ImportMessage {
  const texts: Texts = CATALOGUE[code];
  return { code, level: texts.level, params, zh: texts.zh(params), en: texts.en(params) };
}
