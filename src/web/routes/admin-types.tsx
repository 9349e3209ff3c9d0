import { useState, type FormEvent } from 'react';
import { adminAppointmentTypes, saveAppointmentType, type AppointmentType } from '../api';
import { EditableTable, FormFooter } from '../components/edit-forms';
import { PageTitle } from '../components/page';
import { TextField } from '../components/text-field';
import { useAsync } from '../hooks/use-async';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { AdminOnly } from './admin';
import { failureWords } from '../messages';
import { useStaffT } from '../i18n/staff';
import { Authored } from '../components/authored';
import type { StaffMessageKey } from '../../../content/messages/staff-en';

const NEW_TYPE: AppointmentType = {
  id: '',
  name: '',
  description: '',
  durationMinutes: 45,
  bufferMinutes: 10,
  stepMinutes: 15,
  minNoticeMinutes: 120,
  horizonDays: 60,
};

type RuleKey =
  'durationMinutes' | 'bufferMinutes' | 'stepMinutes' | 'minNoticeMinutes' | 'horizonDays';
/** Each rule's field, named by its message (the hint is the same key with "Hint"). */
const RULE_FIELDS: { key: RuleKey; label: StaffMessageKey; hint: StaffMessageKey; step: number }[] =
  [
    { key: 'durationMinutes', label: 'types.length', hint: 'types.lengthHint', step: 5 },
    { key: 'bufferMinutes', label: 'types.buffer', hint: 'types.bufferHint', step: 5 },
    { key: 'stepMinutes', label: 'types.step', hint: 'types.stepHint', step: 5 },
    { key: 'minNoticeMinutes', label: 'types.notice', hint: 'types.noticeHint', step: 15 },
    { key: 'horizonDays', label: 'types.horizon', hint: 'types.horizonHint', step: 1 },
  ];

/** The id is part of booking links, so it is derived once from the first name and then kept. */
const idFrom = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** G5: the kinds of visit patients can book and the rules slots are cut by. */
export function AdminTypesPage() {
  return (
    <AdminOnly>
      <AppointmentTypes />
    </AdminOnly>
  );
}

function AppointmentTypes() {
  const t = useStaffT();
  const [types, reload] = useAsync('admin-types', adminAppointmentTypes);
  const [editing, setEditing] = useState<AppointmentType | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const all = types.status === 'done' ? types.value : [];
  return (
    <section>
      <PageTitle title={t('admin.nav.types')}>{t('admin.nav.types')}</PageTitle>
      <p>{t('types.intro')}</p>
      {types.status === 'failed' && <p role="alert">{types.message}</p>}
      <p role="status">{message}</p>
      <EditableTable
        caption={t('types.count', { count: all.length })}
        rows={all}
        rowKey={(type) => type.id}
        rowName={(type) => type.name}
        onEdit={setEditing}
        columns={[
          { label: t('types.type'), cell: (type) => <Authored>{type.name}</Authored> },
          {
            label: t('types.lengthColumn'),
            cell: (type) => t('types.minutes', { count: type.durationMinutes }),
          },
          {
            label: t('types.bufferColumn'),
            cell: (type) => t('types.minutes', { count: type.bufferMinutes }),
          },
          {
            label: t('types.stepColumn'),
            cell: (type) => t('types.minutes', { count: type.stepMinutes }),
          },
          {
            label: t('types.noticeColumn'),
            cell: (type) => t('types.minutes', { count: type.minNoticeMinutes }),
          },
          {
            label: t('types.aheadColumn'),
            cell: (type) => t('types.days', { count: type.horizonDays }),
          },
        ]}
      />
      <button type="button" className="button" onClick={() => setEditing(NEW_TYPE)}>
        {t('types.new')}
      </button>
      {editing && (
        <TypeForm
          key={editing.id || 'new'}
          type={editing}
          onSaved={(name) => {
            setMessage(t('types.saved', { name }));
            setEditing(null);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function TypeForm({
  type,
  onSaved,
  onCancel,
}: {
  type: AppointmentType;
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState(type);
  const [error, setError] = useState<string | null>(null);
  const isNew = type.id === '';
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const t = useStaffT();
  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const id = isNew ? idFrom(form.name) : type.id;
    saveAppointmentType({ ...form, id }).then(
      () => onSaved(form.name),
      (e: unknown) => setError(failureWords(e, t('builder.saveFailed'))),
    );
  }
  return (
    <form className="form" onSubmit={submit}>
      <h2 ref={heading} tabIndex={-1}>
        {isNew ? t('types.new') : t('admin.editName', { name: type.name })}
      </h2>
      <TextField
        label={t('admin.name')}
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        required
      />
      <TextField
        label={t('types.description')}
        value={form.description}
        onChange={(e) => setForm({ ...form, description: e.target.value })}
      />
      <div className="program-fields">
        {RULE_FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={t(f.label)}
            hint={t(f.hint)}
            type="number"
            min={f.key === 'durationMinutes' || f.key === 'horizonDays' ? f.step : 0}
            step={f.step}
            value={form[f.key]}
            onChange={(e) => setForm({ ...form, [f.key]: Number(e.target.value) })}
            required
          />
        ))}
      </div>
      <FormFooter error={error} submitLabel={t('types.save')} onCancel={onCancel} />
    </form>
  );
}
