import { INTL_TAG, type Locale } from './locale';

/** Values filled into a message: names, numbers, and choices such as a side. */
export type MessageValues = Record<string, string | number>;

/**
 * How domain code puts things into words without knowing the language: it names a message by
 * its id, and the edge passes in one language's catalogue (content/messages) to say it.
 */
export type Words<Id extends string> = {
  say: (id: Id, values?: MessageValues) => string;
  /** "a, b and c" or "a, b or c", as the language joins them. */
  list: (items: readonly string[], join: 'and' | 'or') => string;
};

/** Joins items as `locale` does ("a, b y c"), for a Words' `list`. */
export function listIn(locale: Locale): Words<string>['list'] {
  const joins = {
    and: new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }),
    or: new Intl.ListFormat(INTL_TAG[locale], { type: 'disjunction' }),
  };
  return (items, join) => joins[join].format(items);
}
