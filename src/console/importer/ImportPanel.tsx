/**
 * Import a sheet: pick the file, check the encoding (detected, overridable), state where the
 * coordinates came from (required; nothing is guessed), upload for a preview, then commit all of
 * it in one go or cancel. A failed commit writes nothing, and says so. Export sits beside it.
 */
import { useRef, useState } from 'react';
import { HOST_TYPES, STATION_KINDS } from '../../core/station.ts';
import type { HostType, StationKind } from '../../core/station.ts';
import type { ApiClient } from '../api/client.ts';
import { describeFailure } from '../api/describeFailure.ts';
import type { CoordinateSystem, ImportCommitResult, ImportPreview } from '../api/types.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import { ImportPreviewView } from './ImportPreviewView.tsx';
import { MAX_FILE_BYTES, previewText, readSheetFile, sizeText, toBase64 } from './sheetFile.ts';
import type { SheetFile } from './sheetFile.ts';

interface Props {
  client: ApiClient;
  /** The office whose stations are exported (null: all). */
  officeCode: string | null;
  onCommitted(result: ImportCommitResult): void;
  onExpired(): void;
}

type Stage =
  | { kind: 'choose' }
  | { kind: 'uploading' }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'committing'; preview: ImportPreview; count: number }
  | { kind: 'done'; result: ImportCommitResult };

type Encoding = 'auto' | 'utf-8' | 'gb18030';

export function ImportPanel({ client, officeCode, onCommitted, onExpired }: Props) {
  const { t, m } = useConsoleI18n();
  const [file, setFile] = useState<SheetFile | null>(null);
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [crs, setCrs] = useState<CoordinateSystem | null>(null);
  const [kind, setKind] = useState<StationKind | ''>('');
  const [hostType, setHostType] = useState<HostType | ''>('');
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [included, setIncluded] = useState<Set<number>>(new Set());
  const [crsMissing, setCrsMissing] = useState(false);
  const hostTypeField = useRef<HTMLSelectElement>(null);

  const text = file && file.format === 'csv' ? previewText(file, encoding) : null;
  const fail = (f: Parameters<typeof describeFailure>[0]) => {
    if (f.kind === 'http' && f.status === 401) onExpired();
    return describeFailure(f, t);
  };

  async function pick(picked: File | undefined) {
    setError(null);
    setStage({ kind: 'choose' });
    if (!picked) return setFile(null);
    const read = await readSheetFile(picked);
    if (!read.ok) {
      setFile(null);
      return setError(read.reason === 'tooLarge' ? t.fileTooLarge(Math.floor(MAX_FILE_BYTES / 1024 / 1024)) : t.fileUnknownType);
    }
    setFile(read.file);
  }

  async function upload() {
    if (!file) return;
    if (!crs) return setCrsMissing(true);
    setError(null);
    setStage({ kind: 'uploading' });
    const defaults = { ...(kind ? { kind } : {}), ...(hostType ? { host_type: hostType } : {}) };
    const result = await client.importPreview({
      format: file.format,
      crs,
      encoding,
      contentEncoding: 'base64',
      content: toBase64(file.bytes),
      fileName: file.name.slice(0, 200),
      ...(Object.keys(defaults).length ? { defaults } : {}),
    });
    if (!result.ok) {
      setStage({ kind: 'choose' });
      return setError(fail(result.failure));
    }
    setIncluded(new Set());
    setStage({ kind: 'preview', preview: result.value });
  }

  async function commit(preview: ImportPreview) {
    const count = preview.add.length + preview.update.length + included.size;
    setError(null);
    setStage({ kind: 'committing', preview, count });
    const result = await client.importCommit(preview.id, [...included]);
    if (!result.ok) {
      setStage({ kind: 'preview', preview });
      return setError(t.commitFailed(fail(result.failure)));
    }
    setStage({ kind: 'done', result: result.value });
    onCommitted(result.value);
  }

  const busy = stage.kind === 'uploading' || stage.kind === 'committing';
  const preview = stage.kind === 'preview' || stage.kind === 'committing' ? stage.preview : null;
  const commitCount = preview ? preview.add.length + preview.update.length + included.size : 0;
  const exportQuery = officeCode ? `?office=${officeCode}` : '';
  return (
    <div className="console-import" data-testid="import-panel">
      <section className="console-card">
        <h2>{t.importTitle}</h2>
        <label className="console-field">
          <span>{t.chooseFile}</span>
          <input type="file" accept=".csv,.txt,.geojson,.json,text/csv,application/geo+json,application/json" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} data-testid="import-file" />
        </label>
        {file && <p className="console-muted">{t.fileInfo(file.name, sizeText(file.sizeBytes))}</p>}
        {file?.format === 'csv' && text && (
          <>
            <label className="console-field">
              <span>{t.encodingLabel}</span>
              <select value={encoding} disabled={busy} onChange={(e) => setEncoding(e.target.value as Encoding)} data-testid="import-encoding">
                <option value="auto">{t.encodingAuto(previewText(file, 'auto').detected.toUpperCase())}</option>
                <option value="utf-8">UTF-8</option>
                <option value="gb18030">GBK / GB18030</option>
              </select>
            </label>
            <p className="console-muted">{t.encodingPreview}</p>
            <pre className="console-sample" data-testid="import-sample" lang="zh-CN">
              {text.text}
            </pre>
          </>
        )}
        <fieldset className="console-fieldset" aria-describedby="crs-help" data-testid="import-crs">
          <legend>{t.crsLegend}</legend>
          {(['wgs84', 'gcj02', 'bd09'] as const).map((c) => (
            <label key={c} className="console-check">
              <input type="radio" name="import-crs" value={c} checked={crs === c} disabled={busy} required onChange={() => (setCrs(c), setCrsMissing(false))} />
              <span>{t.crs[c]}</span>
            </label>
          ))}
          <p id="crs-help" className={crsMissing ? 'console-field-error' : 'console-muted'} role={crsMissing ? 'alert' : undefined}>
            {t.crsRequired}
          </p>
        </fieldset>
        <fieldset className="console-fieldset">
          <legend>{t.defaultsLegend}</legend>
          <div className="console-row">
            <label className="console-field">
              <span>{t.kind}</span>
              <select value={kind} disabled={busy} onChange={(e) => setKind(e.target.value as StationKind | '')}>
                <option value="">{t.noDefault}</option>
                {STATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {m.kinds[k]}
                  </option>
                ))}
              </select>
            </label>
            <label className="console-field">
              <span>{t.hostType}</span>
              <select ref={hostTypeField} value={hostType} disabled={busy} onChange={(e) => setHostType(e.target.value as HostType | '')} data-testid="import-host-type">
                <option value="">{t.noDefault}</option>
                {HOST_TYPES.map((h) => (
                  <option key={h} value={h}>
                    {m.hostTypes[h]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
        <div className="console-actions">
          <button type="button" className="console-button console-button--primary" disabled={!file || busy} onClick={() => void upload()} data-testid="import-upload">
            {stage.kind === 'uploading' ? t.uploading : preview ? t.previewAgain : t.upload}
          </button>
        </div>
        {stage.kind === 'uploading' && <progress className="console-progress" aria-label={t.uploading} />}
        {error && (
          <p className="console-error" role="alert" data-testid="import-error">
            {error}
          </p>
        )}
      </section>

      {preview && (
        <section className="console-card">
          <ImportPreviewView
            preview={preview}
            included={included}
            onChooseHostType={() => {
              hostTypeField.current?.scrollIntoView({ block: 'center' });
              hostTypeField.current?.focus();
            }}
            onToggleDuplicate={(row, on) =>
              setIncluded((prev) => {
                const next = new Set(prev);
                if (on) next.add(row);
                else next.delete(row);
                return next;
              })
            }
          />
          {commitCount === 0 && <p className="console-muted">{t.nothingToCommit}</p>}
          <div className="console-actions console-actions--sticky">
            <button type="button" className="console-button console-button--primary" disabled={busy || commitCount === 0} onClick={() => void commit(preview)} data-testid="import-commit">
              {stage.kind === 'committing' ? t.committing(stage.count) : t.commit(commitCount)}
            </button>
            <button type="button" className="console-button" disabled={busy} onClick={() => setStage({ kind: 'choose' })} data-testid="import-cancel">
              {t.cancel}
            </button>
          </div>
          {stage.kind === 'committing' && <progress className="console-progress" aria-label={t.committing(stage.count)} />}
        </section>
      )}

      {stage.kind === 'done' && (
        <p className="console-success console-card" role="status" data-testid="import-result">
          {t.committed(stage.result.added.length, stage.result.updated.length)}
        </p>
      )}

      <section className="console-card">
        <h2>{t.exportTitle}</h2>
        <div className="console-actions">
          <a className="console-button" href={`/api/export.csv${exportQuery}`} download data-testid="export-csv">
            {t.exportCsv}
          </a>
          <a className="console-button" href={`/api/export.geojson${exportQuery}`} download data-testid="export-geojson">
            {t.exportGeojson}
          </a>
        </div>
      </section>
    </div>
  );
}
