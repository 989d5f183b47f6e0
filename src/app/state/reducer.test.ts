import { describe, expect, it } from 'vitest';
import { initialState, reducer } from './reducer.ts';
import type { AppState } from './types.ts';

const start = (): AppState =>
  initialState({
    now: new Date('2026-03-02T12:00:00+08:00'),
    locale: 'zh-CN',
    localeChosen: false,
    theme: 'system',
    filters: { needs: [], only24h: false, includeClosed: false },
    navProvider: null,
    origin: null,
  });

describe('reducer', () => {
  it('toggles a need on and off, keeping the others', () => {
    let s = reducer(start(), { type: 'toggleNeed', amenity: 'toilet' });
    s = reducer(s, { type: 'toggleNeed', amenity: 'ebike_charging' });
    expect(s.filters.needs).toEqual(['toilet', 'ebike_charging']);
    s = reducer(s, { type: 'toggleNeed', amenity: 'toilet' });
    expect(s.filters.needs).toEqual(['ebike_charging']);
  });

  it('a GPS fix sets both the status and the origin', () => {
    const s = reducer(start(), { type: 'located', lngLat: [116.4626, 39.893], accuracyMeters: 20 });
    expect(s.locate).toEqual({ kind: 'located', accuracyMeters: 20 });
    expect(s.origin).toEqual({ lngLat: [116.4626, 39.893], source: 'gps', accuracyMeters: 20 });
  });

  it('a denied locate keeps an origin chosen earlier', () => {
    let s = reducer(start(), { type: 'originChosen', origin: { lngLat: [116.5, 39.9], source: 'hub', hubId: 'hub-001' } });
    s = reducer(s, { type: 'locateStarted' });
    s = reducer(s, { type: 'locateFailed', reason: 'denied' });
    expect(s.locate.kind).toBe('denied');
    expect(s.origin?.hubId).toBe('hub-001');
  });

  it('"slow" only marks a locate that is still running', () => {
    expect(reducer(start(), { type: 'locateSlow' }).locate.kind).toBe('idle');
    const running = reducer(start(), { type: 'locateStarted' });
    expect(reducer(running, { type: 'locateSlow' }).locate).toEqual({ kind: 'locating', slow: true });
  });

  it('choosing a place closes the picker', () => {
    const s = reducer(reducer(start(), { type: 'openPicker' }), {
      type: 'originChosen',
      origin: { lngLat: [116.46, 39.89], source: 'map' },
    });
    expect(s.overlay).toEqual({ kind: 'none' });
  });

  it('refuses to start picking on a map that is unavailable', () => {
    const s = reducer(reducer(start(), { type: 'mapState', state: 'unavailable' }), { type: 'startPickOnMap' });
    expect(s.overlay.kind).toBe('none');
  });

  it('cycles the theme system → dark → light → system', () => {
    const seen: string[] = [];
    let s = start();
    for (let i = 0; i < 3; i++) {
      s = reducer(s, { type: 'cycleTheme' });
      seen.push(s.theme);
    }
    expect(seen).toEqual(['dark', 'light', 'system']);
  });

  it('remembers that the rider chose the language', () => {
    const s = reducer(start(), { type: 'setLocale', locale: 'en' });
    expect([s.locale, s.localeChosen]).toEqual(['en', true]);
  });

  it('"My reports" from a station\'s detail shows that station, and closing goes back to the detail', () => {
    let s = reducer(start(), { type: 'openDetail', stationId: 'cy-0001' });
    s = reducer(s, { type: 'openMyReports', fromStation: 'cy-0001' });
    expect(s.overlay).toEqual({ kind: 'myReports', stationId: 'cy-0001', returnTo: 'cy-0001' });
    s = reducer(s, { type: 'showAllReports' });
    expect(s.overlay).toEqual({ kind: 'myReports', stationId: null, returnTo: 'cy-0001' });
    expect(reducer(s, { type: 'closeOverlay' }).overlay).toEqual({ kind: 'detail', stationId: 'cy-0001' });
  });

  it('"My reports" from the header closes to the list', () => {
    const s = reducer(start(), { type: 'openMyReports', fromStation: null });
    expect(reducer(s, { type: 'closeOverlay' }).overlay).toEqual({ kind: 'none' });
  });
});
