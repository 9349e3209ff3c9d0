import { useState, type FormEvent } from 'react';
import { adminAppointmentTypes, saveAppointmentType, type AppointmentType } from '../api';
import { EditableTable, FormFooter } from '../components/edit-forms';
import { PageTitle } from '../components/page';
import { TextField } from '../components/text-field';
import { useAsync } from '../hooks/use-async';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { AdminOnly } from './admin';
import { failureWords } from '../messages';

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
const RULE_FIELDS: { key: RuleKey; label: string; hint: string; step: number }[] = [
  { key: 'durationMinutes', label: 'Length (minutes)', hint: 'Multiples of 5', step: 5 },
  {
    key: 'bufferMinutes',
    label: 'Buffer (minutes)',
    hint: 'Kept free before and after each visit',
    step: 5,
  },
  {
    key: 'stepMinutes',
    label: 'Start every (minutes)',
    hint: 'Distance between offered start times',
    step: 5,
  },
  {
    key: 'minNoticeMinutes',
    label: 'Minimum notice (minutes)',
    hint: 'How soon before a visit it can still be booked',
    step: 15,
  },
  {
    key: 'horizonDays',
    label: 'Bookable ahead (days)',
    hint: 'How far ahead patients can book',
    step: 1,
  },
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
  const [types, reload] = useAsync('admin-types', adminAppointmentTypes);
  const [editing, setEditing] = useState<AppointmentType | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const all = types.status === 'done' ? types.value : [];
  return (
    <section>
      <PageTitle title="Appointment types">Appointment types</PageTitle>
      <p>
        Changes apply to the slots offered from now on. Visits already booked keep the length they
        were booked with.
      </p>
      {types.status === 'failed' && <p role="alert">{types.message}</p>}
      <p role="status">{message}</p>
      <EditableTable
        caption={`${all.length} appointment types`}
        rows={all}
        rowKey={(t) => t.id}
        rowName={(t) => t.name}
        onEdit={setEditing}
        columns={[
          { label: 'Type', cell: (t) => t.name },
          { label: 'Length', cell: (t) => `${t.durationMinutes} min` },
          { label: 'Buffer', cell: (t) => `${t.bufferMinutes} min` },
          { label: 'Starts every', cell: (t) => `${t.stepMinutes} min` },
          { label: 'Notice', cell: (t) => `${t.minNoticeMinutes} min` },
          { label: 'Ahead', cell: (t) => `${t.horizonDays} days` },
        ]}
      />
      <button type="button" className="button" onClick={() => setEditing(NEW_TYPE)}>
        New appointment type
      </button>
      {editing && (
        <TypeForm
          key={editing.id || 'new'}
          type={editing}
          onSaved={(name) => {
            setMessage(`Saved ${name}. New slots follow these rules at once.`);
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
  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const id = isNew ? idFrom(form.name) : type.id;
    saveAppointmentType({ ...form, id }).then(
      () => onSaved(form.name),
      (e: unknown) => setError(failureWords(e, 'Could not save.')),
    );
  }
  return (
    <form className="form" onSubmit={submit}>
      <h2 ref={heading} tabIndex={-1}>
        {isNew ? 'New appointment type' : `Edit ${type.name}`}
      </h2>
      <TextField
        label="Name"
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        required
      />
      <TextField
        label="Description"
        value={form.description}
        onChange={(e) => setForm({ ...form, description: e.target.value })}
      />
      <div className="program-fields">
        {RULE_FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            hint={f.hint}
            type="number"
            min={f.key === 'durationMinutes' || f.key === 'horizonDays' ? f.step : 0}
            step={f.step}
            value={form[f.key]}
            onChange={(e) => setForm({ ...form, [f.key]: Number(e.target.value) })}
            required
          />
        ))}
      </div>
      <FormFooter error={error} submitLabel="Save appointment type" onCancel={onCancel} />
    </form>
  );
}
