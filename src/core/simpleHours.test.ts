import { describe, expect, test } from 'vitest';
import { compileWithLibrary, ownSpans } from './dayIntervals.ts';
import type { CompiledHours } from './dayIntervals.ts';
import { compileSimpleHours, simpleDaySpans } from './simpleHours.ts';

const FLAGS = [0, 1, 2, 3, 4, 5, 6].flatMap((weekday) => [false, true].map((holiday) => ({ weekday, holiday })));
const DAY = 20501; // 2026-02-17; stable specs do not depend on it

const show = (spans: { fromMinute: number; toMinute: number }[] | null) =>
  spans === null ? 'unreadable' : spans.map((s) => `${s.fromMinute}-${s.toMinute}`).join(',') || 'closed';

/** The library's answer for every weekday, holiday or not, next to the simple evaluator's. */
function bothWays(spec: string): { simple: string[]; library: string[] } {
  const simple = compileSimpleHours(spec);
  if (!simple) throw new Error(`${spec} is not in the simple subset`);
  const library: CompiledHours = compileWithLibrary(spec);
  return {
    simple: FLAGS.map((f) => `${f.weekday}${f.holiday ? 'H' : ''} ${show(simpleDaySpans(simple, f))}`),
    library: FLAGS.map((f) => `${f.weekday}${f.holiday ? 'H' : ''} ${show(ownSpans(library, DAY, f))}`),
  };
}

describe('simple opening hours, the same as the library', () => {
  const SPECS = [
    // every spec in the sample data
    '24/7',
    'Mo-Su 07:00-22:00',
    'Mo-Fr 08:30-17:30; PH off',
    'Mo-Su 06:00-23:00',
    'Mo-Fr 09:00-12:00,13:30-18:00',
    'Mo-Su 08:00-20:00',
    '22:00-06:00',
    'Mo-Sa 08:00-20:00',
    'Mo-Fr 08:30-17:30; Sa,Su 09:00-16:00',
    'Mo-Su 06:00-24:00',
    '10:00-16:00',
    'off',
    // and the edges of the subset
    '24/7; PH off',
    'Mo-Su 00:00-24:00',
    'Mo-Su 12:00-12:00',
    'Mo-Su 08:00-00:00',
    'Mo-Su 22:00-02:00; PH off',
    'Sa-Mo 10:00-12:00',
    'Sa,Su,PH 09:00-16:00',
    'PH off; Mo-Fr 08:00-18:00',
    'Mo-Fr 18:00-02:00; Fr 09:00-10:00',
    'Mo-Su 08:00-12:00,12:00-14:00',
    'Mo-Su 10:00-14:00,08:00-12:00',
    'Mo-Fr 09:00-17:00; We closed',
    'Tu,Th 07:30-09:00,17:00-19:30',
  ];
  test.each(SPECS)('%s', (spec) => {
    const { simple, library } = bothWays(spec);
    expect(simple).toEqual(library);
  });

  test('1,000 generated specs of the subset', () => {
    let seed = Number(process.env.HOURS_FUZZ_SEED ?? 20260303);
    const rand = (n: number) => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed % n;
    };
    const pick = <T,>(xs: readonly T[]): T => xs[rand(xs.length)] as T;
    const time = () => `${String(rand(25)).padStart(2, '0')}:${pick(['00', '30', '15', '45'])}`.replace(/^24:(?!00).*/, '24:00');
    const span = () => {
      let from = time();
      if (from.startsWith('24')) from = '23:00';
      return `${from}-${time()}`;
    };
    const selectors = ['', 'Mo-Fr ', 'Sa,Su ', 'PH ', 'Sa,Su,PH ', 'Fr-Mo ', 'We ', 'Mo,We,Fr ', 'Su-Tu '];
    for (let i = 0; i < 1000; i++) {
      const rules = Array.from({ length: 1 + rand(3) }, () => {
        const body = rand(5) === 0 ? 'off' : Array.from({ length: 1 + rand(2) }, span).join(',');
        return `${pick(selectors)}${body}`;
      });
      const spec = rules.join('; ');
      const { simple, library } = bothWays(spec);
      expect(simple, spec).toEqual(library);
    }
  });

  test('anything outside the subset is left to the library', () => {
    for (const spec of [
      'Mo-Fr 08:00-12:00, Sa 10:00-12:00',
      'Mo-Fr 08:00-12:00 || "by appointment"',
      'PH Mo-Fr 10:00-12:00',
      'Mo[1] 10:00-12:00',
      'Mo-Fr 08:00+',
      'Mo-Fr sunrise-sunset',
      'Jan-Mar Mo-Fr 08:00-12:00',
      'Mo-Fr 08:00-12:00 "lunch closed"',
      'Mo-Fr unknown',
      'Mo-Fr',
      'mo-fr 08:00-12:00',
      'Mo-Fr  08:00-12:00',
      'Mo-Fr 24:00-02:00',
      '',
    ]) {
      expect(compileSimpleHours(spec), spec).toBeNull();
    }
  });
});
