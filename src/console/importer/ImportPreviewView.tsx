/**
 * The preview of an upload: what will be added or updated (with each conversion the importer
 * made, e.g. 每天7:00—22:00 → Mo-Su 07:00-22:00), the rejected rows with their row numbers and
 * reasons, and the likely duplicates the office may still include.
 */
import type { ImportMessage } from '../../core/import/messages.ts';
import { HOST_TYPES } from '../../core/station.ts';
import type { Amenity } from '../../core/station.ts';
import type { ImportPlanRow, ImportPreview } from '../api/types.ts';
import { fieldLabel } from '../editor/formatValue.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import { readableReasons, rowsMissingOnlyHostType } from './rejectedReasons.ts';

interface Props {
  preview: ImportPreview;
  included: ReadonlySet<number>;
  onToggleDuplicate(row: number, included: boolean): void;
  /** Take the office to the default host type field of the import settings. */
  onChooseHostType(): void;
}

/**
 * The importer's own words (it ships zh and en), except the amenity conversion, which is worded
 * here with the amenity names the rest of the app uses instead of the vocabulary's codes.
 */
function Messages({ messages, amenities }: { messages: ImportMessage[]; amenities?: readonly Amenity[] }) {
  const { locale, t, m } = useConsoleI18n();
  if (messages.length === 0) return <>—</>;
  const text = (msg: ImportMessage): string => {
    if (msg.code === 'amenities_converted' && amenities) {
      return t.amenitiesConverted(String(msg.params.from ?? ''), amenities.map((a) => m.amenities[a]).join(t.listSeparator));
    }
    if (msg.code === 'host_type_missing') {
      const suggested = HOST_TYPES.find((h) => h === msg.params.suggested);
      return t.hostTypeMissingReason(suggested ? m.hostTypes[suggested] : null);
    }
    return locale === 'en' ? msg.en : msg.zh;
  };
  return (
    <ul className="console-messages">
      {messages.map((msg, i) => (
        <li key={i} className={`console-message console-message--${msg.level}`} data-code={msg.code}>
          {text(msg)}
        </li>
      ))}
    </ul>
  );
}

function RowsTable({ rows, testId, withChanges }: { rows: ImportPlanRow[]; testId: string; withChanges: boolean }) {
  const { t } = useConsoleI18n();
  return (
    <div className="console-table-scroll">
      <table className="console-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t.colRow}</th>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colHours}</th>
            {withChanges && <th scope="col">{t.colChanges}</th>}
            <th scope="col">{t.colNotes}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} data-row={r.row}>
              <td className="num">{r.row}</td>
              <th scope="row">
                {r.station.properties.name}
                <div className="console-muted">{r.station.properties.address}</div>
              </th>
              <td className="console-mono">{r.station.properties.opening_hours ?? '—'}</td>
              {withChanges && <td>{(r.changes ?? []).map((c) => fieldLabel(c, t)).join(t.listSeparator)}</td>}
              <td>
                <Messages messages={[...r.notes, ...r.warnings]} amenities={r.station.properties.amenities} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Matches grouped by sheet row, in first-seen order (Map.groupBy is too new for older office browsers). */
function groupByRow<T extends { row: number }>(items: readonly T[]): [number, T[]][] {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(item.row, [...(groups.get(item.row) ?? []), item]);
  return [...groups];
}

export function ImportPreviewView({ preview, included, onToggleDuplicate, onChooseHostType }: Props) {
  const { t, locale } = useConsoleI18n();
  const heldByRow = new Map(preview.held.map((r) => [r.row, r]));
  const duplicateRows = groupByRow(preview.duplicates);
  const noHostType = rowsMissingOnlyHostType(preview.rejected);
  return (
    <div className="console-preview" data-testid="import-preview">
      {noHostType > 0 && (
        <div className="console-warning" role="alert" data-testid="import-host-type-hint">
          <p>{t.hostTypeColumnMissing(noHostType)}</p>
          <button type="button" className="console-button" onClick={onChooseHostType} data-testid="import-choose-host-type">
            {t.chooseHostType}
          </button>
        </div>
      )}
      <p className="console-note" role="status" data-testid="import-summary">
        {t.previewSummary(preview.summary)}
      </p>
      {preview.add.length > 0 && (
        <section>
          <h3>
            {t.toAdd} ({preview.add.length})
          </h3>
          <RowsTable rows={preview.add} testId="import-add" withChanges={false} />
        </section>
      )}
      {preview.update.length > 0 && (
        <section>
          <h3>
            {t.toUpdate} ({preview.update.length})
          </h3>
          <RowsTable rows={preview.update} testId="import-update" withChanges />
        </section>
      )}
      {preview.unchanged.length > 0 && <p className="console-muted">{t.unchangedRows(preview.unchanged.length)}</p>}
      {preview.rejected.length > 0 && (
        <section>
          <h3>
            {t.rejectedRows} ({preview.rejected.length})
          </h3>
          <table className="console-table" data-testid="import-rejected">
            <thead>
              <tr>
                <th scope="col">{t.colRow}</th>
                <th scope="col">{t.colReasons}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rejected.map((r) => (
                <tr key={r.row} data-row={r.row}>
                  <td className="num">{r.row}</td>
                  <td>
                    <Messages messages={readableReasons(r.reasons)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {duplicateRows.length > 0 && (
        <section>
          <h3>
            {t.duplicateRows} ({duplicateRows.length})
          </h3>
          <table className="console-table" data-testid="import-duplicates">
            <thead>
              <tr>
                <th scope="col">{t.colRow}</th>
                <th scope="col">{t.colName}</th>
                <th scope="col">{t.colReasons}</th>
                <th scope="col">{t.includeDuplicate}</th>
              </tr>
            </thead>
            <tbody>
              {/* One line a sheet row, with every station it resembles: one choice per row. */}
              {duplicateRows.map(([row, matches]) => {
                const held = heldByRow.get(row);
                return (
                  <tr key={row} data-row={row}>
                    <td className="num">{row}</td>
                    <td>{held?.station.properties.name ?? '—'}</td>
                    <td>
                      <ul className="console-reasons">
                        {matches.map((d) => (
                          <li key={JSON.stringify(d.duplicateOf)}>{locale === 'en' ? d.message.en : d.message.zh}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {held && (
                        <label className="console-check">
                          <input type="checkbox" checked={included.has(row)} onChange={(e) => onToggleDuplicate(row, e.target.checked)} />
                          <span>{t.includeDuplicate}</span>
                        </label>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
