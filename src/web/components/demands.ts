import type { Demands, Prop } from '../../domain/exercises/demands';
import type { Dose } from '../../domain/exercises/library';
import type { Translate } from '../i18n/i18n';

/** The movement demands in plain words, for the library and the plan. */
export function describeDemands(d: Demands, t: Translate): string[] {
  return [
    t(`demand.position.${d.position}`),
    t(d.floor ? 'demand.floor' : 'demand.noFloor'),
    ...(d.kneeling ? [t('demand.kneeling')] : []),
    ...(d.forwardBend ? [t('demand.forwardBend')] : []),
    t('demand.rounding', { level: d.lumbarFlexion }),
    t('demand.nerve', { level: d.neuralTension }),
    t('demand.balance', { level: d.balance }),
    ...(d.load !== 'none' ? [t('demand.load', { level: d.load })] : []),
    ...(d.proneExtension ? [t('demand.proneExtension')] : []),
  ];
}

/** The props, named for a list ("strap, towel"). */
export const propNames = (props: readonly Prop[], t: Translate): string[] =>
  props.map((p) => t(`prop.${p}`));

const range = ([low, high]: readonly [number, number]) =>
  low === high ? `${low}` : `${low}–${high}`;

/** The library's usual dose, in short: "Hold 20–30 s, 2 times on each side". */
export function describeDose(dose: Dose, sided: boolean, t: Translate): string {
  const sides = sided ? 'each' : 'none';
  if (dose.mode === 'breath')
    return t('library.dose.breath', {
      cycles: dose.cycles,
      inhale: dose.inhaleSeconds,
      exhale: dose.exhaleSeconds,
    });
  if (dose.mode === 'reps')
    return t('library.dose.reps', {
      reps: range(dose.reps),
      sets: range(dose.sets),
      seconds: dose.secondsPerRep,
      sides,
    });
  return t('library.dose.hold', { seconds: range(dose.holdSeconds), reps: dose.reps, sides });
}
