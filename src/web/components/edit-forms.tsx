import type { ReactNode } from 'react';
import { useStaffT } from '../i18n/staff';

/**
 * A list of things staff can change: the first column names each row, and every row ends with
 * an Edit button whose accessible name says which row it edits.
 */
export function EditableTable<T>({
  caption,
  rows,
  rowKey,
  rowName,
  columns,
  onEdit,
}: {
  caption: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowName: (row: T) => string;
  columns: readonly { label: string; cell: (row: T) => ReactNode }[];
  onEdit: (row: T) => void;
}) {
  const t = useStaffT();
  const [first, ...rest] = columns;
  // On a phone each row is a card with its cells labelled; on a tablet the table scrolls
  // sideways inside its own box, its first column kept in view, never the page.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="records stack">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('admin.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row">{first?.cell(row)}</th>
              {rest.map((c) => (
                <td key={c.label} data-label={c.label}>
                  {c.cell(row)}
                </td>
              ))}
              <td className="row-actions">
                <button type="button" className="button" onClick={() => onEdit(row)}>
                  {t('admin.edit')}
                  <span className="visually-hidden" translate="no">
                    {' '}
                    {rowName(row)}
                  </span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The end of an edit form: the server's reason when saving failed, then save (and cancel). */
export function FormFooter({
  error,
  submitLabel,
  onCancel,
}: {
  error: string | null;
  submitLabel: string;
  onCancel?: () => void;
}) {
  const t = useStaffT();
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('admin.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
