import { useRef, useState, type FormEvent, useLayoutEffect } from 'react';
import type { AdminClinic } from '../api';
import { EditableTable } from '../components/edit-forms';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import {
  AdminTextField,
  countOf,
  fieldErrorsOf,
  formErrorOf,
  useFocusFirstProblem,
  type FieldErrors,
} from './admin-fields';
import { closeClinic, reopenClinic, updateTherapist, type StaffVisit } from './admin-api';
import { VisitList } from './admin-time-off';
import { failureWords } from '../messages';

type Therapist = AdminClinic['therapists'][number];
export type Outcome = { text: string; visits: StaffVisit[] };

/** What staff must do after a change that leaves visits nobody can keep. */
export function VisitsToMove({ outcome }: { outcome: Outcome | null }) {
  // Keyboard and screen-reader users land on what just happened, and what is left to do.
  const message = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => message.current?.focus(), [outcome]);
  if (!outcome) return null;
  return (
    <div>
      <p ref={message} tabIndex={-1} className="outcome">
        {outcome.text}
      </p>
      {outcome.visits.length > 0 && (
        <section className="decision" aria-labelledby="moved-title">
          <h3 id="moved-title">{countOf(outcome.visits.length, 'visit')} to move</h3>
          <p>Call or email each patient to find them another time or therapist.</p>
          <VisitList visits={outcome.visits} label="Visits to move" />
        </section>
      )}
    </div>
  );
}

/** The therapists of one location, each with an Edit button. */
export function LocationStaff({
  clinic,
  onChanged,
}: {
  clinic: AdminClinic;
  onChanged: (outcome: Outcome) => void;
}) {
  const [editing, setEditing] = useState<Therapist | null>(null);
  return (
    <section>
      {editing && (
        <TherapistForm
          key={editing.id}
          therapist={editing}
          onSaved={(outcome) => {
            setEditing(null);
            onChanged(outcome);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <EditableTable
        caption={`Therapists at ${clinic.name}`}
        rows={clinic.therapists}
        rowKey={(t) => t.id}
        rowName={(t) => t.name}
        onEdit={setEditing}
        columns={[
          { label: 'Therapist', cell: (t) => t.name },
          { label: 'Credentials', cell: (t) => t.credentials },
          {
            label: 'Bookings',
            cell: (t) =>
              t.active ? 'Takes bookings' : <span className="badge inactive">Deactivated</span>,
          },
        ]}
      />
    </section>
  );
}

function TherapistForm({
  therapist,
  onSaved,
  onCancel,
}: {
  therapist: Therapist;
  onSaved: (outcome: Outcome) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(therapist.name);
  const [credentials, setCredentials] = useState(therapist.credentials);
  const [bio, setBio] = useState(therapist.bio);
  const [active, setActive] = useState(therapist.active);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const form = useFocusFirstProblem(errors);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    updateTherapist(therapist.id, { name, credentials, bio, active }).then(
      ({ visitsToMove }) =>
        onSaved({
          text:
            active === therapist.active
              ? `Saved ${name}.`
              : active
                ? `${name} takes bookings again.`
                : `${name} no longer takes bookings; patients can't choose them now.`,
          visits: visitsToMove,
        }),
      (e: unknown) => {
        const shown = fieldErrorsOf(e);
        setErrors(shown);
        setFormError(formErrorOf(e, shown));
      },
    );
  }

  return (
    <form
      ref={form}
      className="form"
      onSubmit={submit}
      aria-labelledby="therapist-form-title"
      noValidate
    >
      <h3 id="therapist-form-title" ref={heading} tabIndex={-1}>
        Edit {therapist.name}
      </h3>
      <div className="program-fields">
        <AdminTextField
          label="Therapist name"
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <AdminTextField
          label="Credentials"
          value={credentials}
          error={errors.credentials}
          onChange={(e) => setCredentials(e.target.value)}
        />
      </div>
      <label className="text-field">
        Short bio
        <textarea
          value={bio}
          maxLength={500}
          rows={3}
          aria-invalid={errors.bio ? true : undefined}
          onChange={(e) => setBio(e.target.value)}
        />
        {errors.bio && <span className="field-problem">Short bio: {errors.bio}</span>}
      </label>
      <label className="choice">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        <span>Takes new bookings</span>
      </label>
      {!active && therapist.active && (
        <p className="hint">
          Saving stops new bookings with {therapist.name} at once. Visits already booked stay
          booked, and you will see a list of them to move.
        </p>
      )}
      {formError && (
        <p role="alert" className="error">
          {formError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary">
          Save therapist
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Closing asks once, then lists the visits that can no longer happen there. */
export function CloseLocation({
  clinic,
  onChanged,
}: {
  clinic: AdminClinic;
  onChanged: (outcome: Outcome) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(failureWords(e, 'Could not change it.'));
  if (clinic.closed)
    return (
      <section>
        <h3>This location is closed</h3>
        <p>Patients can't find it or book there.</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            reopenClinic(clinic.id).then(
              ({ visitsToMove }) =>
                onChanged({
                  text: `Reopened ${clinic.name}. It shows in clinic search again.`,
                  visits: visitsToMove,
                }),
              fail,
            );
          }}
        >
          Reopen {clinic.name}
        </button>
        {error && <p className="error">{error}</p>}
      </section>
    );
  return (
    <section>
      <h3>Close this location</h3>
      {!confirming ? (
        <button type="button" className="button warn" onClick={() => setConfirming(true)}>
          Close {clinic.name}…
        </button>
      ) : (
        <div className="decision" role="alert">
          <p>
            Once closed, {clinic.name} disappears from clinic search and offers no times. Visits
            already booked there stay booked until you move them; you will see the list.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button warn"
              onClick={() => {
                closeClinic(clinic.id).then(
                  ({ visitsToMove }) =>
                    onChanged({
                      text: `Closed ${clinic.name}. Patients no longer see it.`,
                      visits: visitsToMove,
                    }),
                  fail,
                );
              }}
            >
              Close the location
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep it open
            </button>
          </div>
        </div>
      )}
      {error && <p className="error">{error}</p>}
    </section>
  );
}
