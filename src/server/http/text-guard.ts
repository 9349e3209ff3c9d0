import type { Context } from 'hono';
import type { Check } from './gate';
import type { Issue } from '../../domain/i18n/issues';
import type { MessageValues } from '../../domain/i18n/words';
import { fieldSaid, fieldsProblem, type RequestPart } from './problem';

/** What is wrong with a piece of text, and where, before it is put into words. */
type BadText = { field: string; issue: Issue; values?: MessageValues };

/** C0 controls and DEL, except tab, line feed and carriage return, which notes may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function textProblem(text: string): Issue | null {
  if (CONTROL.test(text)) return 'issue.controlCharacter';
  if (!text.isWellFormed()) return 'issue.brokenCharacter';
  return null;
}

/** No request here nests deeper than a few levels; deeper JSON is refused before it is walked. */
export const MAX_JSON_DEPTH = 16;

/**
 * The first string (or key) in a JSON value that no text field may hold, or a value nested
 * too deeply. Walked with a stack of its own, so no input can exhaust the call stack.
 */
export function findBadText(value: unknown): BadText | null {
  const todo: { value: unknown; at: string; depth: number }[] = [{ value, at: '', depth: 0 }];
  while (todo.length > 0) {
    const { value: item, at, depth } = todo.pop()!;
    if (depth > MAX_JSON_DEPTH)
      return { field: at || '(body)', issue: 'issue.tooDeep', values: { levels: MAX_JSON_DEPTH } };
    if (typeof item === 'string') {
      const issue = textProblem(item);
      if (issue) return { field: at || '(body)', issue };
    } else if (item && typeof item === 'object') {
      const entries = Array.isArray(item)
        ? item.map((v, i) => [String(i), v] as const)
        : Object.entries(item);
      for (const [key, v] of entries.reverse()) {
        const field = at ? `${at}.${key}` : key;
        const keyProblem = textProblem(key);
        if (keyProblem) return { field: field.replace(CONTROL, '?'), issue: keyProblem };
        todo.push({ value: v, at: field, depth: depth + 1 });
      }
    }
  }
  return null;
}

function decodedSegments(path: string): string[] | null {
  try {
    return path.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/** Whether every part of a query string decodes: `%FF` alone is no character at all. */
function queryDecodes(url: string): boolean {
  const start = url.indexOf('?');
  if (start < 0) return true;
  try {
    for (const part of url.slice(start + 1).split('&'))
      decodeURIComponent(part.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

/** The first text in the address or query string that no field may hold, and where it is. */
export function badAddressText(c: Context): { bad: BadText; where: RequestPart } | null {
  const segments = decodedSegments(c.req.path);
  if (!segments) return { bad: { field: 'path', issue: 'issue.brokenEscape' }, where: 'address' };
  for (const segment of segments) {
    const issue = textProblem(segment);
    if (issue) return { bad: { field: 'path', issue }, where: 'address' };
  }
  if (!queryDecodes(c.req.url))
    return { bad: { field: 'query', issue: 'issue.brokenEscape' }, where: 'query' };
  for (const [key, values] of Object.entries(c.req.queries())) {
    const found = findBadText({ [key]: values.length === 1 ? values[0] : values });
    if (found) return { bad: found, where: 'query' };
  }
  return null;
}

/**
 * Text that no field may hold is refused once, here, for every route: in the address, the
 * query string and any JSON body. PostgreSQL rejects a NUL byte outright (a 500 deep inside a
 * query) and SQLite would store it; both must see a 400 that names the field instead.
 */
export const textGuard: Check = (c) => {
  const refuse = (bad: BadText, where: RequestPart) =>
    fieldsProblem(c, [fieldSaid(c, bad.field, bad.issue, bad.values)], where);
  const inAddress = badAddressText(c);
  if (inAddress) return refuse(inAddress.bad, inAddress.where);
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(c.req.method)) return undefined;
  // Parsed once and cached by Hono, so the route's validator reads the same value.
  return c.req.json().then(
    (body: unknown) => {
      const found = findBadText(body);
      return found ? refuse(found, 'body') : undefined;
    },
    () => undefined,
  );
};
