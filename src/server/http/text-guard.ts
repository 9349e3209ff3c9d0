import type { Check } from './gate';
import { problem, type FieldError } from './problem';

/** C0 controls and DEL, except tab, line feed and carriage return, which notes may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function textProblem(text: string): string | null {
  if (CONTROL.test(text)) return 'contains a control character (such as a NUL byte); remove it';
  if (!text.isWellFormed()) return 'contains a broken character (half of an emoji pair); remove it';
  return null;
}

/** No request here nests deeper than a few levels; deeper JSON is refused before it is walked. */
export const MAX_JSON_DEPTH = 16;

/**
 * The first string (or key) in a JSON value that no text field may hold, or a value nested
 * too deeply. Walked with a stack of its own, so no input can exhaust the call stack.
 */
export function findBadText(value: unknown): FieldError | null {
  const todo: { value: unknown; at: string; depth: number }[] = [{ value, at: '', depth: 0 }];
  while (todo.length > 0) {
    const { value: item, at, depth } = todo.pop()!;
    if (depth > MAX_JSON_DEPTH)
      return {
        field: at || '(body)',
        message: `is nested more than ${MAX_JSON_DEPTH} levels deep; send a flatter value`,
      };
    if (typeof item === 'string') {
      const message = textProblem(item);
      if (message) return { field: at || '(body)', message };
    } else if (item && typeof item === 'object') {
      const entries = Array.isArray(item)
        ? item.map((v, i) => [String(i), v] as const)
        : Object.entries(item);
      for (const [key, v] of entries.reverse()) {
        const field = at ? `${at}.${key}` : key;
        const keyProblem = textProblem(key);
        if (keyProblem) return { field: field.replace(CONTROL, '?'), message: keyProblem };
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

/**
 * Text that no field may hold is refused once, here, for every route: in the address, the
 * query string and any JSON body. PostgreSQL rejects a NUL byte outright (a 500 deep inside a
 * query) and SQLite would store it; both must see a 400 that names the field instead.
 */
export const textGuard: Check = (c) => {
  const refuse = (error: FieldError, where: string) =>
    problem(c, 400, 'Invalid request', `Fix the ${where}: ${error.field} ${error.message}.`, [
      error,
    ]);
  const segments = decodedSegments(c.req.path);
  if (!segments) return refuse({ field: 'path', message: 'has a broken %-escape' }, 'address');
  for (const segment of segments) {
    const message = textProblem(segment);
    if (message) return refuse({ field: 'path', message }, 'address');
  }
  for (const [key, values] of Object.entries(c.req.queries())) {
    const found = findBadText({ [key]: values.length === 1 ? values[0] : values });
    if (found) return refuse(found, 'query string');
  }
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(c.req.method)) return undefined;
  // Parsed once and cached by Hono, so the route's validator reads the same value.
  return c.req.json().then(
    (body: unknown) => {
      const found = findBadText(body);
      return found ? refuse(found, 'request body') : undefined;
    },
    () => undefined,
  );
};
