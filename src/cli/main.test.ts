import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATIONS_PATH, main } from './main.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SMALL = fileURLToPath(new URL('../../test/fixtures/stations-small.geojson', import.meta.url));
const BAD = fileURLToPath(new URL('../../test/fixtures/stations-bad.geojson', import.meta.url));
const AT_SHUANGJING = ['--at', '116.4615,39.8936'];
/** A Monday evening, Beijing time: the community centre closes at 22:00, the night station opens then. */
const EVENING = ['--time', '2026-03-02T21:50'];

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
  });
  return { code, stdout, stderr };
}

describe('stations nearest', () => {
  it('prints JSON rows with the contract fields, nearest open first, unknown hours labelled', async () => {
    const { code, stdout, stderr } = await run('nearest', ...AT_SHUANGJING, ...EVENING, '--data', SMALL, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows.map((r) => r.id)).toEqual(['cy-sj-0001', 'cy-sj-0002', 'cy-sj-0003', 'cy-jt-0001']);
    expect(rows[0]).toEqual({ id: 'cy-sj-0001', name: '双井·二十二院街小哥加油站', distance_m: 0, eta_min: 0, state: 'open', closes_at: null, opens_at: null });
    expect(rows[1]).toMatchObject({ name: '九龙社区党群服务中心驿站', distance_m: 341, state: 'closing_soon', closes_at: '2026-03-02T22:00:00+08:00' });
    expect(rows[2]).toMatchObject({ id: 'cy-sj-0003', state: 'unknown', closes_at: null, opens_at: null });
    expect(rows[3]).toMatchObject({ name: '将小爱暖新益站', state: 'open', closes_at: '2026-03-03T06:00:00+08:00' });
    expect(Object.keys(rows[3]!)).toEqual(['id', 'name', 'distance_m', 'eta_min', 'state', 'closes_at', 'opens_at']);
  });

  it('prints a readable table in Beijing time', async () => {
    const { code, stdout } = await run('nearest', ...AT_SHUANGJING, ...EVENING, '--data', SMALL);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Nearest to 116.4615,39.8936 at 2026-03-02 21:50 Beijing time, open when you arrive:');
    expect(lines[1]).toMatch(/^#\s+name\s+distance m\s+ETA min\s+state$/);
    expect(lines[2]).toMatch(/^1\s+双井·二十二院街小哥加油站\s+0\s+1\s+open 24\/7$/);
    expect(lines[3]).toMatch(/^2\s+九龙社区党群服务中心驿站\s+341\s+2\s+closes in 10 min$/);
    expect(lines[4]).toMatch(/富力城物业岗亭充电点 .* hours unknown$/);
    expect(lines[5]).toMatch(/将小爱暖新益站 .* opens at 22:00 \(before you arrive\)$/);
    // Columns line up although the names are Chinese (two cells per character).
    expect(new Set(lines.slice(2).map((l) => l.search(/\d+\s+\d+\s+\S+.*$/) > 0))).toEqual(new Set([true]));
  });

  it('filters by needs and kinds, and lists closed stations on request', async () => {
    const ebike = JSON.parse((await run('nearest', ...AT_SHUANGJING, ...EVENING, '--data', SMALL, '--json', '--need', 'ebike_charging')).stdout);
    expect(ebike.map((r: { id: string }) => r.id)).toEqual(['cy-sj-0001', 'cy-sj-0003', 'cy-jt-0001']);
    const kinds = JSON.parse((await run('nearest', ...AT_SHUANGJING, ...EVENING, '--data', SMALL, '--json', '--kind', 'charging_point')).stdout);
    expect(kinds.map((r: { id: string }) => r.id)).toEqual(['cy-sj-0003']);
    const { stdout } = await run('nearest', ...AT_SHUANGJING, ...EVENING, '--data', SMALL, '--include-closed', '--limit', '5');
    expect(stdout).toMatch(/广渠门外暖新驿站 .* closed, opens at 03-03 07:00\n/);
    expect(stdout).toMatch(/劲松换电柜 .* temporarily closed \(设备检修\) until 03-10 18:00\n/);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2 + 5);
  });

  it('says when a station closes before the rider gets there', async () => {
    const { stdout } = await run('nearest', ...AT_SHUANGJING, '--time', '2026-03-02T21:59+08:00', '--data', SMALL, '--include-closed');
    expect(stdout).toMatch(/九龙社区党群服务中心驿站 .* closes at 22:00, before you arrive\n/);
    const json = JSON.parse((await run('nearest', ...AT_SHUANGJING, '--time', '2026-03-02T13:59Z', '--data', SMALL, '--include-closed', '--json')).stdout);
    expect(json.find((r: { id: string }) => r.id === 'cy-sj-0002')).toMatchObject({ state: 'closed', closes_at: '2026-03-02T22:00:00+08:00' });
  });

  it('says so when nothing matches', async () => {
    const { code, stdout } = await run('nearest', ...AT_SHUANGJING, ...EVENING, '--data', SMALL, '--need', 'repair_tools');
    expect(code).toBe(0);
    expect(stdout).toContain('none within 20 km');
  });

  it('warns about and skips bad features in the data file', async () => {
    const { code, stdout, stderr } = await run('nearest', ...AT_SHUANGJING, ...EVENING, '--data', BAD, '--json');
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: 13 problem\(s\) in .*stations-bad\.geojson; bad features were skipped/);
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toEqual(['cy-0001', 'cy-0013']);
  });

  it('reads data/stations.geojson of the checkout by default, wherever it is run from', () => {
    expect(DEFAULT_STATIONS_PATH).toBe(`${REPO}data/stations.geojson`);
  });

  it.each([
    [['--at', '39.8936,116.4615'], '--at 39.8936,116.4615 looks like <lat>,<lng>; give the longitude first: --at 116.4615,39.8936'],
    [['--at', 'here'], '--at expects <lng>,<lat> in WGS-84 degrees, e.g. --at 116.4615,39.8936; got "here"'],
    [['--at', '200,39.9'], '--at 200,39.9 is out of range'],
    [[...AT_SHUANGJING, '--need', 'ebike_charging,jacuzzi'], '--need: unknown amenity "jacuzzi"; known: ebike_charging, battery_swap,'],
    [[...AT_SHUANGJING, '--kind', 'cafe'], '--kind: unknown station kind "cafe"'],
    [[...AT_SHUANGJING, '--time', 'tonight'], '--time expects an ISO 8601 date-time'],
    [[...AT_SHUANGJING, '--limit', '0'], '--limit expects a whole number from 1 to 10000; got "0"'],
    [[...AT_SHUANGJING, '--colour', 'red'], "Unknown option '--colour'"],
    [[], 'missing --at <lng>,<lat>'],
  ])('exits 2 with a clear message for nearest %j', async (args, message) => {
    const { code, stdout, stderr } = await run('nearest', ...args, '--data', SMALL);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: stations nearest --at <lng>,<lat>');
  });

  it('warns on stderr when the time is beyond the holiday calendar, and still answers', async () => {
    const { code, stdout, stderr } = await run('nearest', ...AT_SHUANGJING, '--time', '2099-05-01T10:00', '--data', SMALL, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).not.toHaveLength(0);
    expect(stderr).toMatch(/^warning: the holiday calendar covers \d{4}–\d{4}; 2099 counts as plain weekdays and weekends/);
  });

  it('exits 1 when the data file is missing or not JSON', async () => {
    const missing = await run('nearest', ...AT_SHUANGJING, '--data', '/nonexistent/stations.geojson');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('stations: cannot read /nonexistent/stations.geojson: no such file\n');
    const notJson = await run('nearest', ...AT_SHUANGJING, '--data', fileURLToPath(import.meta.url));
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/is not valid JSON/);
  });
});

describe('stations validate', () => {
  it('prints every problem and a summary, and exits 1', async () => {
    const { code, stdout } = await run('validate', BAD);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('error: feature 1 (id cy-0002): geometry.coordinates: [39.9, 116.4] look like [lat, lng]; expected [lng, lat]');
    expect(lines.filter((l) => l.startsWith('error: '))).toHaveLength(13);
    expect(lines.at(-1)).toBe(`${BAD}: 14 features, 2 valid, 12 with errors (13 problems)`);
  });

  it('exits 0 for a clean file', async () => {
    const { code, stdout } = await run('validate', SMALL);
    expect(code).toBe(0);
    expect(stdout).toBe(`${SMALL}: 6 stations, all valid\n`);
  });

  it('reads standard input for "-"', async () => {
    let stdout = '';
    const code = await main(['validate', '-'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      stdin: Readable.from([Buffer.from('{"type":"FeatureCollection","features":[]}')]),
    });
    expect(code).toBe(0);
    expect(stdout).toBe('-: 0 stations, all valid\n');
  });

  it('warns about hours the opening_hours library cannot read, without failing', async () => {
    const file = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'x', geometry: { type: 'Point', coordinates: [116.46, 39.89] }, properties: { name: '驿站', kind: 'rest_station', amenities: [], opening_hours: 'whenever we feel like it', status: 'operational', address: '朝阳区', office_code: '110105016', host_type: 'street_facility', updated_at: '2026-01-10T09:00:00+08:00', verified_at: null } },
      ],
    };
    let stdout = '';
    const code = await main(['validate', '-'], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, stdin: Readable.from([JSON.stringify(file)]) });
    expect(code).toBe(0);
    expect(stdout).toContain('warning: station x: properties.opening_hours "whenever we feel like it" is not readable');
    expect(stdout).toContain('all valid; 1 warning');
  });

  it('exits 2 without a file and 1 for a missing file', async () => {
    expect((await run('validate')).code).toBe(2);
    const missing = await run('validate', '/nonexistent.geojson');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read /nonexistent.geojson: no such file');
  });
});

describe('stations (no or unknown command)', () => {
  it('prints usage: exit 2 without a command, 0 for help, 2 for an unknown command', async () => {
    expect((await run()).code).toBe(2);
    const help = await run('help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('stations nearest --at <lng>,<lat>');
    expect(help.stdout).toContain('stations validate <file>');
    const unknown = await run('neerest');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "neerest"');
  });
});

describe('the real command', () => {
  it('runs as a process through bin/stations.mjs, from another directory', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [`${REPO}bin/stations.mjs`, 'nearest', ...AT_SHUANGJING, ...EVENING, '--data', SMALL, '--json', '--limit', '2'],
      { cwd: '/tmp', timeout: 20_000 },
    );
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toEqual(['cy-sj-0001', 'cy-sj-0002']);
  });

  it('exits with the usage code as a process too', async () => {
    const err = await promisify(execFile)(process.execPath, [`${REPO}bin/stations.mjs`, 'nearest', '--at', '39.89,116.46'], { cwd: REPO }).catch((e: unknown) => e);
    expect((err as { code?: number }).code).toBe(2);
    expect((err as { stderr?: string }).stderr).toContain('looks like <lat>,<lng>');
  });
});
