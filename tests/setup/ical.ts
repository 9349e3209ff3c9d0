import ICAL from 'ical.js';

/** One property as read back: its parameters and its value, decoded by ical.js. */
export type Prop = { params: Record<string, unknown>; value: unknown };
/** A component as plain data: every property by (lower-case) name, and its subcomponents. */
export type Comp = { name: string; props: Record<string, Prop[]>; components: Comp[] };

/**
 * Decoded values in a form a test can state without our generator: UTC instants as ISO
 * strings, floating times as local ISO text, durations in seconds, e-mail addresses with the
 * (case-insensitive) mailto scheme lower-cased. Reading every value is what makes ical.js check
 * it: a malformed one (say TRIGGER:-PT) throws here.
 */
function decode(value: unknown): unknown {
  if (value instanceof ICAL.Time)
    return value.zone?.tzid === 'UTC' ? value.toJSDate().toISOString() : value.toString();
  if (value instanceof ICAL.Duration) return { seconds: value.toSeconds() };
  if (value instanceof ICAL.Recur) return value.toString();
  if (typeof value === 'string' && /^mailto:/i.test(value)) return `mailto:${value.slice(7)}`;
  return value;
}

function read(component: ICAL.Component): Comp {
  const props: Record<string, Prop[]> = {};
  for (const property of component.getAllProperties()) {
    const [, params] = property.toJSON() as [string, Record<string, unknown>];
    const values = property.getValues().map(decode);
    (props[property.name] ??= []).push({
      params,
      value: values.length === 1 ? values[0] : values,
    });
  }
  return { name: component.name, props, components: component.getAllSubcomponents().map(read) };
}

/** Parses a whole calendar file with ical.js and reads every property of every component. */
export function readCalendar(text: string): Comp {
  return read(new ICAL.Component(ICAL.parse(text) as unknown[]));
}

/** A property with no parameters, for writing expectations briefly. */
export const plain = (value: unknown): Prop[] => [{ params: {}, value }];
