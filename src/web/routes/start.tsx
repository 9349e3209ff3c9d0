import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import type { PlanRules } from '../../domain/personalization/plan';
import { PROPS } from '../../domain/exercises/demands';
import { AGGRAVATORS, PAIN_AREAS, type Intake } from '../../domain/personalization/intake';
import type { RecheckReason } from '../../domain/safety/recheck';
import type { RedFlagId } from '../../domain/safety/red-flags';
import { myProgram, planForMeOrKeep, previewPlan } from '../api';
import { buildPlan, type PlanResult } from '../../domain/personalization/plan';
import { planFromProgram } from '../../domain/personalization/program';
import {
  ButtonChoice,
  ErrorSummary,
  MultiChoice,
  PainScale,
  type ErrorItem,
} from '../components/fields';
import { PageTitle } from '../components/page';
import { recheckWords, useSafetyRecheck } from '../components/safety-recheck';
import { updateJourney, useJourney } from '../hooks/use-journey';
import { useSession } from '../hooks/use-session';
import { failureWords } from '../messages';
import { useCatalog } from '../i18n/catalog';
import { useLocale, useT, useWords, type Translate } from '../i18n/i18n';
import type { Words } from '../../domain/i18n/words';
import type { MessageKey } from '../../../content/messages/en';

// "No" comes first: most people answer no, and the order is the same on every question.
const yesNo_ = (t: Translate) =>
  [
    { value: 'no', label: t('answer.no') },
    { value: 'yes', label: t('answer.yes') },
  ] as const;
type YesNo = 'yes' | 'no';

type Abilities = {
  canGetToFloor?: YesNo;
  canKneel?: YesNo;
  steadyOnFeet?: YesNo;
  nerveSensitiveToday?: YesNo;
};
type Symptoms = Omit<
  Intake,
  | 'redFlags'
  | 'canGetToFloor'
  | 'canKneel'
  | 'steadyOnFeet'
  | 'nerveSensitiveToday'
  | 'legPain'
  | 'backPain'
  | 'side'
  | 'locale'
> & {
  side?: Intake['side'];
  legPain?: number;
  backPain?: number;
};

const yesNo = (value: boolean): YesNo => (value ? 'yes' : 'no');

/** Last time's answers about symptoms, so a repeat visit only changes what changed. */
function earlierAnswers(intake: Intake | null, recheck: RecheckReason | null) {
  if (!intake) return { symptoms: { painAreas: [], aggravators: [], props: [] }, abilities: {} };
  return {
    symptoms: {
      painAreas: intake.painAreas,
      aggravators: intake.aggravators,
      props: intake.props,
      side: intake.side,
      legPain: recheck?.kind === 'legPainRose' ? recheck.to : intake.legPain,
      backPain: intake.backPain,
    },
    abilities: {
      canGetToFloor: yesNo(intake.canGetToFloor),
      canKneel: yesNo(intake.canKneel),
      steadyOnFeet: yesNo(intake.steadyOnFeet),
      nerveSensitiveToday: yesNo(intake.nerveSensitiveToday),
    },
  };
}

/**
 * The server screens, plans and records the answers. With no network the page screens them
 * with the same engine: a red flag still means no exercises, and a patient's answers are kept
 * to be recorded (a red flag first) once online. Offline, a patient with a therapist's program
 * gets it as last loaded here; one guiding themselves gets the standard routine (their stage is
 * worked out on the server).
 */
async function planFor(
  intake: Intake,
  patientId: string | null,
  rules: PlanRules,
  words: Words<MessageKey>,
): Promise<PlanResult> {
  if (patientId) {
    const sent = await planForMeOrKeep(patientId, intake);
    if (!sent.kept) return sent.value;
  } else {
    try {
      return await previewPlan(intake);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
  if (patientId) {
    // Their therapist's program, as last loaded here, through the same engine as the server.
    const program = await myProgram().catch(() => null);
    if (program) {
      const plan = planFromProgram(intake, program.program, rules, words);
      return plan.status === 'plan'
        ? { ...plan, messages: [words.say('offline.programPlan'), ...plan.messages] }
        : plan;
    }
  }
  // A guest's plan is this one online too; a patient's may come from their stage.
  const plan = buildPlan(intake, rules, words);
  return plan.status === 'plan' && patientId
    ? { ...plan, messages: [words.say('offline.standardPlan'), ...plan.messages] }
    : plan;
}

export function StartPage() {
  const [, navigate] = useLocation();
  const t = useT();
  const words = useWords();
  const locale = useLocale();
  const YES_NO = yesNo_(t);
  const { PLAN_RULES, LIBRARY } = useCatalog();
  const EMERGENCY_FLAGS = PLAN_RULES.redFlags.filter((f) => f.urgency === 'emergency');
  const OTHER_FLAGS = PLAN_RULES.redFlags.filter((f) => f.urgency !== 'emergency');
  const { me } = useSession();
  const journey = useJourney();
  const [earlier] = useState(() => earlierAnswers(journey.intake, journey.recheck));
  const [step, setStep] = useState<'screen' | 'intake'>('screen');
  // Warning signs are never filled in from last time: each visit answers them afresh.
  const [flags, setFlags] = useState<Partial<Record<RedFlagId, YesNo>>>({});
  const [symptoms, setSymptoms] = useState<Symptoms>(earlier.symptoms);
  const [abilities, setAbilities] = useState<Abilities>(earlier.abilities);
  const recheck = useSafetyRecheck();
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const redFlags = Object.fromEntries(
    PLAN_RULES.redFlags.map((f) => [f.id, flags[f.id] === 'yes']),
  ) as Intake['redFlags'];

  async function submit(intake: Intake) {
    setBusy(true);
    setFailure(null);
    try {
      const plan = await planFor(
        intake,
        me?.user.role === 'patient' ? me.user.id : null,
        PLAN_RULES,
        words,
      );
      // The questions were just answered, so any re-check that was due is settled.
      updateJourney({ intake, plan, recheck: null });
      navigate(plan.status === 'seek-care' ? '/seek-care' : '/plan');
    } catch (error) {
      setFailure(failureWords(error, t('screen.failed')));
    } finally {
      setBusy(false);
    }
  }

  function onScreen(event: FormEvent) {
    event.preventDefault();
    const missing = PLAN_RULES.redFlags
      .filter((f) => !flags[f.id])
      .map((f) => ({ field: f.id, message: f.question }));
    setErrors(missing);
    if (missing.length > 0) return;
    if (Object.values(redFlags).some(Boolean))
      // Any warning sign settles it: the server records it and returns care advice, no plan.
      void submit({
        redFlags,
        painAreas: [],
        side: 'both',
        legPain: 0,
        backPain: 0,
        aggravators: [],
        canGetToFloor: false,
        canKneel: false,
        steadyOnFeet: false,
        props: [],
        nerveSensitiveToday: false,
        locale,
      });
    else setStep('intake');
  }

  function onIntake(event: FormEvent) {
    event.preventDefault();
    const required: [keyof Symptoms | keyof Abilities, string, unknown][] = [
      ['side', t('intake.side'), symptoms.side],
      ['legPain', t('intake.legPain'), symptoms.legPain],
      ['backPain', t('intake.backPain'), symptoms.backPain],
      ['canGetToFloor', t('intake.floorShort'), abilities.canGetToFloor],
      ['canKneel', t('intake.kneel'), abilities.canKneel],
      ['steadyOnFeet', t('intake.steady'), abilities.steadyOnFeet],
      ['nerveSensitiveToday', t('intake.nerveShort'), abilities.nerveSensitiveToday],
    ];
    const missing = required
      .filter(([, , v]) => v === undefined)
      .map(([field, message]) => ({ field, message }));
    setErrors(missing);
    if (
      missing.length > 0 ||
      !symptoms.side ||
      symptoms.legPain === undefined ||
      symptoms.backPain === undefined
    )
      return;
    void submit({
      redFlags,
      painAreas: symptoms.painAreas,
      side: symptoms.side,
      legPain: symptoms.legPain,
      backPain: symptoms.backPain,
      aggravators: symptoms.aggravators,
      props: symptoms.props,
      canGetToFloor: abilities.canGetToFloor === 'yes',
      canKneel: abilities.canKneel === 'yes',
      steadyOnFeet: abilities.steadyOnFeet === 'yes',
      nerveSensitiveToday: abilities.nerveSensitiveToday === 'yes',
      locale,
    });
  }

  const errorFor = (field: string) =>
    errors.find((e) => e.field === field) && t('field.chooseAnswer');
  const flagQuestion = (flag: (typeof PLAN_RULES.redFlags)[number]) => (
    <ButtonChoice
      key={flag.id}
      name={flag.id}
      legend={flag.question}
      hint={flag.hint}
      options={YES_NO}
      value={flags[flag.id]}
      onChange={(v) => setFlags((f) => ({ ...f, [flag.id]: v }))}
      error={errorFor(flag.id)}
    />
  );

  if (step === 'screen')
    return (
      <form className="form screen" onSubmit={onScreen} noValidate>
        <p className="step-label">{t('screen.step1')}</p>
        <PageTitle title={t('screen.title')}>{t('screen.title')}</PageTitle>
        <p className="lead">{t('screen.lead')}</p>
        {recheck && recheck !== 'loading' && (
          <p className="notice" role="status">
            {t('screen.recheckAgain', { reason: recheckWords(recheck, t, LIBRARY) })}
          </p>
        )}
        <ErrorSummary errors={errors} />
        <h2>{t('screen.emergencyHeading')}</h2>
        {EMERGENCY_FLAGS.map(flagQuestion)}
        <h2>{t('screen.otherHeading')}</h2>
        {OTHER_FLAGS.map(flagQuestion)}
        {failure && (
          <p className="error" role="alert">
            {failure}
          </p>
        )}
        <button className="button primary" type="submit" disabled={busy}>
          {busy ? t('screen.checking') : t('screen.continue')}
        </button>
      </form>
    );

  return (
    <form className="form" onSubmit={onIntake} noValidate>
      <p className="step-label">{t('screen.step2')}</p>
      <PageTitle title={t('intake.title')}>{t('intake.title')}</PageTitle>
      <p className="lead">{t('intake.lead')}</p>
      <ErrorSummary errors={errors} />
      <MultiChoice
        name="painAreas"
        legend={t('intake.painAreas')}
        hint={t('intake.chooseAll')}
        options={PAIN_AREAS.map((value) => ({ value, label: t(`intake.area.${value}`) }))}
        value={symptoms.painAreas}
        onChange={(painAreas) => setSymptoms((s) => ({ ...s, painAreas }))}
      />
      <ButtonChoice
        name="side"
        legend={t('intake.side')}
        options={[
          { value: 'left', label: t('intake.side.left') },
          { value: 'right', label: t('intake.side.right') },
          { value: 'both', label: t('intake.side.both') },
        ]}
        value={symptoms.side}
        onChange={(side) => setSymptoms((s) => ({ ...s, side }))}
        error={errorFor('side')}
      />
      <PainScale
        name="legPain"
        legend={t('intake.legPain')}
        value={symptoms.legPain}
        onChange={(legPain) => setSymptoms((s) => ({ ...s, legPain }))}
        error={errorFor('legPain')}
      />
      <PainScale
        name="backPain"
        legend={t('intake.backPain')}
        value={symptoms.backPain}
        onChange={(backPain) => setSymptoms((s) => ({ ...s, backPain }))}
        error={errorFor('backPain')}
      />
      <MultiChoice
        name="aggravators"
        legend={t('intake.aggravators')}
        hint={t('intake.chooseAll')}
        options={AGGRAVATORS.map((value) => ({ value, label: t(`intake.worse.${value}`) }))}
        value={symptoms.aggravators}
        onChange={(aggravators) => setSymptoms((s) => ({ ...s, aggravators }))}
      />
      {(
        [
          ['canGetToFloor', 'intake.floor'],
          ['canKneel', 'intake.kneel'],
          ['steadyOnFeet', 'intake.steady'],
          ['nerveSensitiveToday', 'intake.nerve'],
        ] as const
      ).map(([field, question]) => (
        <ButtonChoice
          key={field}
          name={field}
          legend={t(question)}
          options={YES_NO}
          value={abilities[field]}
          onChange={(v) => setAbilities((a) => ({ ...a, [field]: v }))}
          error={errorFor(field)}
        />
      ))}
      <MultiChoice
        name="props"
        legend={t('intake.props')}
        hint={t('intake.propsHint')}
        options={PROPS.map((value) => ({ value, label: t(`prop.${value}`) }))}
        value={symptoms.props}
        onChange={(props) => setSymptoms((s) => ({ ...s, props }))}
      />
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button className="button primary" type="submit" disabled={busy}>
          {busy ? t('intake.building') : t('intake.show')}
        </button>
        <button className="button" type="button" onClick={() => setStep('screen')}>
          {t('intake.back')}
        </button>
      </div>
    </form>
  );
}
