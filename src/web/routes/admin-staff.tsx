import { useRef, useState, type FormEvent, useLayoutEffect } from 'react';
import type { AdminClinic } from '../api';
import { EditableTable } from '../components/edit-forms';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import {
  AdminTextField,
  fieldErrorsOf,
  formErrorOf,
  useFocusFirstProblem,
  type FieldErrors,
} from './admin-fields';
import { closeClinic, reopenClinic, updateTherapist, type StaffVisit } from './admin-api';
import { VisitList } from './admin-time-off';
import { failureWords } from '../messages';
import { useStaffT } from '../i18n/staff';

type Therapist = AdminClinic['therapists'][number];
export type Outcome = { text: string; visits: StaffVisit[] };

/** What staff must do after a change that leaves visits nobody can keep. */
export function VisitsToMove({ outcome }: { outcome: Outcome | null }) {
  // Keyboard and screen-reader users land on what just happened, and what is left to do.
  const message = useRef<HTMLParagraphElement>(null);
  const t = useStaffT();
  useLayoutEffect(() => message.current?.focus(), [outcome]);
  if (!outcome) return null;
  return (
    <div>
      <p ref={message} tabIndex={-1} className="outcome">
        {outcome.text}
      </p>
      {outcome.visits.length > 0 && (
        <section className="decision" aria-labelledby="moved-title">
          <h3 id="moved-title">{t('admin.toMove', { count: outcome.visits.length })}</h3>
          <p>{t('admin.callEach')}</p>
          <VisitList visits={outcome.visits} label={t('admin.visitsToMove')} />
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
  const t = useStaffT();
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
        caption={t('admin.therapistsAt', { clinic: clinic.name })}
        rows={clinic.therapists}
        rowKey={(th) => th.id}
        rowName={(th) => th.name}
        onEdit={setEditing}
        columns={[
          { label: t('admin.therapist'), cell: (th) => th.name },
          { label: t('admin.credentials'), cell: (th) => th.credentials },
          {
            label: t('admin.bookings'),
            cell: (th) =>
              th.active ? (
                t('admin.takesBookings')
              ) : (
                <span className="badge inactive">{t('admin.deactivated')}</span>
              ),
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
  const t = useStaffT();

  function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    updateTherapist(therapist.id, { name, credentials, bio, active }).then(
      ({ visitsToMove }) =>
        onSaved({
          text: t(
            active === therapist.active
              ? 'admin.saved'
              : active
                ? 'admin.takesAgain'
                : 'admin.noLonger',
            { name },
          ),
          visits: visitsToMove,
        }),
      (e: unknown) => {
        const shown = fieldErrorsOf(e);
        setErrors(shown);
        setFormError(formErrorOf(e, shown, t('admin.saveFailed')));
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
        {t('admin.editName', { name: therapist.name })}
      </h3>
      <div className="program-fields">
        <AdminTextField
          label={t('admin.therapistName')}
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <AdminTextField
          label={t('admin.credentials')}
          value={credentials}
          error={errors.credentials}
          onChange={(e) => setCredentials(e.target.value)}
        />
      </div>
      <label className="text-field">
        {t('admin.bio')}
        <textarea
          value={bio}
          maxLength={500}
          rows={3}
          aria-invalid={errors.bio ? true : undefined}
          onChange={(e) => setBio(e.target.value)}
        />
        {errors.bio && (
          <span className="field-problem">
            {t('admin.bio')}: {errors.bio}
          </span>
        )}
      </label>
      <label className="choice">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        <span>{t('admin.takesNew')}</span>
      </label>
      {!active && therapist.active && (
        <p className="hint">{t('admin.deactivateHint', { name: therapist.name })}</p>
      )}
      {formError && (
        <p role="alert" className="error">
          {formError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary">
          {t('admin.saveTherapist')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin.cancel')}
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
  const t = useStaffT();
  const fail = (e: unknown) => setError(failureWords(e, t('admin.changeFailed')));
  if (clinic.closed)
    return (
      <section>
        <h3>{t('admin.isClosed')}</h3>
        <p>{t('admin.cantFind')}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            reopenClinic(clinic.id).then(
              ({ visitsToMove }) =>
                onChanged({
                  text: t('admin.reopened', { clinic: clinic.name }),
                  visits: visitsToMove,
                }),
              fail,
            );
          }}
        >
          {t('admin.reopen', { clinic: clinic.name })}
        </button>
        {error && <p className="error">{error}</p>}
      </section>
    );
  return (
    <section>
      <h3>{t('admin.closeTitle')}</h3>
      {!confirming ? (
        <button type="button" className="button warn" onClick={() => setConfirming(true)}>
          {t('admin.closeAsk', { clinic: clinic.name })}
        </button>
      ) : (
        <div className="decision" role="alert">
          <p>{t('admin.closeWarning', { clinic: clinic.name })}</p>
          <div className="actions">
            <button
              type="button"
              className="button warn"
              onClick={() => {
                closeClinic(clinic.id).then(
                  ({ visitsToMove }) =>
                    onChanged({
                      text: t('admin.closed', { clinic: clinic.name }),
                      visits: visitsToMove,
                    }),
                  fail,
                );
              }}
            >
              {t('admin.closeConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('admin.keepOpen')}
            </button>
          </div>
        </div>
      )}
      {error && <p className="error">{error}</p>}
    </section>
  );
}
