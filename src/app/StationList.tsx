/**
 * The ranked list and every message that can stand in its place: loading, load failure,
 * "where are you?", nothing found. The count is a live region.
 */
import type { Amenity } from '../core/station.ts';
import { DATA_FILES } from './data/dataFiles.ts';
import { LoadError } from './LoadError.tsx';
import { useI18n } from './i18nContext.tsx';
import type { Ranking } from './hooks/useRanking.ts';
import type { DataState } from './state/types.ts';
import { StationRow } from './StationRow.tsx';

interface Props {
  data: DataState;
  ranking: Ranking | null;
  now: Date;
  needs: readonly Amenity[];
  includeClosed: boolean;
  onOpen: (stationId: string) => void;
  onLocate: () => void;
  /** A fix is on its way: the prompt says so instead of asking. */
  locating: boolean;
  onChoosePlace: () => void;
  /** Ask the network again now; null where the source cannot. */
  onRetry: (() => Promise<void>) | null;
}

export function StationList({ data, ranking, now, needs, includeClosed, onOpen, onLocate, locating, onChoosePlace, onRetry }: Props) {
  const { m } = useI18n();
  const problems = data.status === 'loaded' ? data.data.problems : [];
  const recordProblems = problems.filter((p) => p.index >= 0).length;
  const fileProblems = problems.filter((p) => p.index < 0);
  return (
    <section className="list" aria-labelledby="list-heading" id="station-list">
      <h2 id="list-heading" className="visually-hidden">
        {m.listHeading}
      </h2>
      <p className="list__count" data-testid="result-count" role="status" aria-live="polite">
        {countText(data, ranking, includeClosed, m)}
      </p>
      {fileProblems.map((p) => (
        <p key={p.file} className="notice notice--warn">
          {m.fileProblem(DATA_FILES[p.file], p.received)}
        </p>
      ))}
      {recordProblems > 0 && (
        <p className="notice notice--warn" data-testid="data-problems">
          {m.dataProblems(recordProblems)}
        </p>
      )}
      {data.status === 'failed' && <LoadError reason={data.message} onRetry={onRetry} />}
      {data.status === 'loaded' && !ranking && (
        // Where thumbs reach: the same two ways to set a place as in the header.
        <div className="notice prompt" data-testid="origin-prompt" data-locating={locating ? 'true' : 'false'}>
          <p>{locating ? m.locatingPrompt : m.locationPrompt}</p>
          <div className="prompt__actions">
            <button type="button" className="action action--wide" onClick={onLocate} aria-busy={locating}>
              {locating ? m.locating : m.locateMe}
            </button>
            <button type="button" className="action action--wide" onClick={onChoosePlace}>
              {m.choosePlace}
            </button>
          </div>
        </div>
      )}
      {ranking && ranking.results.length === 0 && (!includeClosed || needs.length > 0) && (
        <p className="notice" data-testid="no-results-hint">
          {m.listEmptyHint}
        </p>
      )}
      {ranking && ranking.results.length > 0 && (
        <ol className="results">
          {ranking.results.map((r) => (
            <StationRow key={r.station.id} ranked={r} now={now} needs={needs} onOpen={onOpen} />
          ))}
        </ol>
      )}
    </section>
  );
}

function countText(data: DataState, ranking: Ranking | null, includeClosed: boolean, m: ReturnType<typeof useI18n>['m']): string {
  if (data.status === 'loading') return m.loadingData;
  if (data.status === 'failed') return '';
  if (!ranking) return ''; // the location bar asks where the rider is
  if (ranking.results.length === 0) return m.listEmpty;
  return m.listCount(ranking.results.length, ranking.radiusKm, includeClosed);
}
