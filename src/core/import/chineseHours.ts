/**
 * Opening hours as street offices write them (`每天7:00—22:00`, `工作日 9:00-12:00, 13:30-18:00`,
 * `夜间 22:00-次日6:00`, `节假日休息`) → OpenStreetMap `opening_hours` syntax.
 *
 * The rule is: convert what can be read completely, refuse everything else. The text is
 * cut into tokens (days, time ranges, "all day", "closed", fillers such as 开放/营业), and a
 * single character that is none of these makes the whole conversion fail with a reason that
 * quotes it. `面议` (by arrangement), `不定` (varies) and the like fail on purpose: there are
 * no hours to record, and a guess would send a rider to a locked door.
 *
 * Text that is already valid OSM syntax (checked with the `opening_hours` library, no warnings)
 * passes through in the library's canonical spelling; OSM text the library accepts only with
 * style warnings (`24/7; PH off`) and that is not Chinese we can read is kept as written, so
 * stored values survive export → import. Every Chinese conversion is checked with the
 * library too, so nothing unparseable ever comes out.
 */
import opening_hours from 'opening_hours';
import {
  ALL_DAYS,
  ARRANGEMENT,
  fail,
  normalise,
  tokenize,
  type Caveat,
  type ChineseHoursResult,
  type HoursFailure,
  type Token,
} from './chineseHoursTokens.ts';

export type { ChineseHoursResult, HoursFailureCode } from './chineseHoursTokens.ts';

const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

const CAVEATS: Record<Caveat, { en: string; zh: string }> = {
  workday: {
    en: '工作日 read as Monday to Friday; make-up working days (调休) are not expressed',
    zh: '“工作日”按周一至周五处理，调休上班日未体现',
  },
  overnight: { en: 'the hours run past midnight into the next day', zh: '营业跨夜至次日' },
  whole_hours: { en: 'hours without minutes read as whole hours', zh: '未写分钟的按整点处理' },
  holiday: { en: '节假日 read as official public holidays (PH)', zh: '“节假日”按法定节假日（PH）处理' },
  holiday_same: { en: 'same hours on public holidays need no extra rule', zh: '节假日照常开放，无需单独规则' },
};

interface Rule {
  days: number;
  ph: boolean;
  times: [number, number][];
  allDay: boolean;
  off: boolean;
  same: boolean;
}

function toRules(tokens: Token[]): Rule[] {
  const rules: Rule[] = [];
  let rule: Rule | null = null;
  const fresh = (): Rule => ({ days: 0, ph: false, times: [], allDay: false, off: false, same: false });
  for (const token of tokens) {
    const hasContent = rule && (rule.times.length > 0 || rule.allDay || rule.off || rule.same);
    if (token.t === 'days') {
      if (!rule || hasContent) {
        if (rule) rules.push(rule);
        rule = fresh();
      }
      rule.days |= token.days;
      rule.ph ||= token.ph;
      continue;
    }
    rule ??= fresh();
    if (token.t === 'time') rule.times.push([token.from, token.to]);
    else if (token.t === 'allday') rule.allDay = true;
    else if (token.t === 'off') rule.off = true;
    else rule.same = true;
  }
  if (rule) rules.push(rule);
  return rules;
}

function formatDays(days: number, ph: boolean): string {
  const parts: string[] = [];
  for (let d = 0; d < 7; ) {
    if (!(days & (1 << d))) {
      d++;
      continue;
    }
    let e = d;
    while (e + 1 < 7 && days & (1 << (e + 1))) e++;
    const first = OSM_DAYS[d] ?? '';
    const last = OSM_DAYS[e] ?? '';
    parts.push(e === d ? first : e === d + 1 ? `${first},${last}` : `${first}-${last}`);
    d = e + 1;
  }
  if (ph) parts.push('PH');
  return parts.join(',');
}

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function formatRules(rules: Rule[], caveats: Set<Caveat>): string | HoursFailure {
  const kept: Rule[] = [];
  for (const r of rules) {
    const kinds = [r.times.length > 0, r.allDay, r.off, r.same].filter(Boolean).length;
    if (kinds === 0) return fail('days_without_times', 'days are given without times', '只写了日期，没有写时间');
    if (kinds > 1) return fail('conflicting', 'the same days are given both hours and "closed"', '同一天既写了时间又写了休息');
    if (r.same) {
      if (!r.ph || r.days) return fail('unrecognised', 'could not read "照常/正常"', '无法识别“照常/正常”');
      caveats.add('holiday_same');
      continue;
    }
    if (r.off && !r.days && !r.ph) return fail('closed_without_days', '"closed" without saying when', '写了“休息”但没有写哪天');
    const same = kept.find((k) => k.days === r.days && k.ph === r.ph && k.times.length > 0 && r.times.length > 0);
    if (same) same.times.push(...r.times);
    else kept.push(r);
  }
  if (kept.length === 0) return fail('days_without_times', 'no hours were given', '没有写时间');
  const only = kept.length === 1 ? kept[0] : undefined;
  if (only?.allDay && !only.ph && (only.days === 0 || only.days === ALL_DAYS)) return '24/7';
  // Later OSM rules override earlier ones, so closures and holiday rules go last.
  const rank = (r: Rule): number => (r.ph ? 2 : r.off ? 1 : 0);
  const ordered = kept.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i);
  return ordered
    .map(({ r }) => {
      const days = r.allDay && r.days === 0 && !r.ph ? 'Mo-Su' : formatDays(r.days, r.ph);
      const body = r.off ? 'off' : r.allDay ? '00:00-24:00' : r.times.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',');
      return days ? `${days} ${body}` : body;
    })
    .join('; ');
}

/** Where our stations are: `PH` needs a country, or the library refuses the value. */
const BEIJING = { lat: 39.9, lon: 116.4, address: { country_code: 'cn', state: '北京市' } };

/** Parses with the library; returns its canonical spelling and warnings, or the error. */
function checkOsm(value: string): { pretty: string; warnings: string[] } | { error: string } {
  try {
    const oh = new opening_hours(value, BEIJING);
    return { pretty: oh.prettifyValue(), warnings: oh.getWarnings() };
  } catch (error) {
    return { error: String(error).split('\n')[0] ?? 'invalid' };
  }
}

/**
 * Converts opening hours written in Chinese (or already in OSM syntax) to OSM `opening_hours`.
 * Never guesses: anything it cannot read completely comes back as `ok: false` with a reason.
 *
 * @example
 * chineseHoursToOsm('每天7:00—22:00') // { ok: true, osm: 'Mo-Su 07:00-22:00', note: …, noteZh: … }
 * chineseHoursToOsm('夜间 22:00-次日6:00') // { ok: true, osm: '22:00-06:00', … }
 * chineseHoursToOsm('面议') // { ok: false, code: 'by_arrangement', reason: …, reasonZh: … }
 */
export function chineseHoursToOsm(text: string): ChineseHoursResult {
  const original = text.trim();
  if (!original) return fail('empty', 'no hours given', '未填写开放时间');

  const direct = checkOsm(original);
  if ('pretty' in direct && direct.warnings.length === 0) {
    const same = direct.pretty === original;
    return {
      ok: true,
      osm: direct.pretty,
      note: same ? 'already OpenStreetMap syntax' : 'OpenStreetMap syntax, normalised',
      noteZh: same ? '已是 OpenStreetMap 格式' : '已是 OpenStreetMap 格式，已规范化',
    };
  }

  const s = normalise(original);
  const arrangement = ARRANGEMENT.exec(s);
  if (arrangement) {
    const word = arrangement[0];
    return fail(
      'by_arrangement',
      `"${word}" means the hours are not fixed; there is nothing to record`,
      `“${word}”表示没有固定时间，无法转换`,
    );
  }

  const tokens = tokenize(s);
  const osm = 'ok' in tokens ? tokens : formatRules(toRules(tokens.tokens), tokens.caveats);
  if (typeof osm !== 'string') {
    // Not Chinese we can read, but OSM syntax the library accepts with style warnings
    // (e.g. "24/7; PH off"): keep it as written, so stored values survive export → import.
    if ('pretty' in direct && osm.code === 'unrecognised') {
      const warnings = direct.warnings.join('; ');
      return {
        ok: true,
        osm: original,
        note: `OpenStreetMap syntax, kept as written; the library warns: ${warnings}`,
        noteZh: `已是 OpenStreetMap 格式，原样保留；校验提示：${warnings}`,
      };
    }
    return osm;
  }

  const check = checkOsm(osm);
  if (!('pretty' in check) || check.warnings.length > 0) {
    const why = 'pretty' in check ? check.warnings.join('; ') : check.error;
    return fail('not_valid_osm', `conversion gave "${osm}", which is not clean OSM syntax: ${why}`, `转换结果“${osm}”不是有效的 OSM 格式`);
  }
  const caveats = 'ok' in tokens ? [] : [...tokens.caveats].map((c) => CAVEATS[c]);
  return {
    ok: true,
    osm,
    note: ['converted from Chinese', ...caveats.map((c) => c.en)].join('; '),
    noteZh: ['由中文转换', ...caveats.map((c) => c.zh)].join('；'),
  };
}
