import MagicString from 'magic-string';
import ts from 'typescript';

/**
 * Marks each top-level `const X = z.…` (or `OtherSchema.…`) of a module that imports zod as free
 * of side effects, by wrapping its value in an immediately called function annotated pure. A
 * bundler cannot tell that building a schema changes nothing; told so, it leaves out the
 * schemas no browser code uses, and zod with them. Only the web build applies it.
 */
export function markSchemasPure(
  code: string,
  id: string,
): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
  if (!/from ['"]zod['"]/.test(code)) return null;
  const kind = id.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, kind);
  const edited = new MagicString(code);
  let changed = false;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const value = declaration.initializer;
      if (!value || !(buildsSchema(value) || madeBySchemaFactory(declaration.name, value)))
        continue;
      edited.prependLeft(value.getStart(source), '/* @__PURE__ */ (() => (');
      edited.appendRight(value.getEnd(), '))()');
      changed = true;
    }
  }
  return changed
    ? { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) }
    : null;
}

/**
 * `const XSchema = shapeOf(words)`: a schema by its name (the project's convention), built by
 * a function of the module, as when one shape serves content in every language and in one.
 */
function madeBySchemaFactory(name: ts.BindingName, value: ts.Expression): boolean {
  return ts.isIdentifier(name) && /Schema$/.test(name.text) && ts.isCallExpression(value);
}

/** A chain of calls and property reads that starts at `z` or at a name ending in "Schema". */
function buildsSchema(node: ts.Expression): boolean {
  let root: ts.Expression = node;
  let calls = 0;
  for (;;) {
    if (ts.isCallExpression(root)) {
      calls++;
      root = root.expression;
    } else if (ts.isPropertyAccessExpression(root)) root = root.expression;
    else if (ts.isSatisfiesExpression(root) || ts.isAsExpression(root)) root = root.expression;
    else break;
  }
  return calls > 0 && ts.isIdentifier(root) && (root.text === 'z' || /Schema$/.test(root.text));
}
