/**
 * JSON.parse says a file is broken but not always where (V8: "Unexpected token '}', ... is not valid JSON").
 * When it fails, this scanner walks the text once more and reports the offset of the first error, so the
 * message can say "line 120, column 7" — or that the file simply ends early (a truncated download).
 * It is iterative (no recursion), so deeply nested input cannot overflow the stack.
 */
import { AppError } from '../errors';
import { lineAndColumn } from './input-guards';

interface SyntaxProblem {
  offset: number;
  truncated: boolean;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters inside strings
const STRING_END = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Returns null when the text is valid JSON. */
export function locateJsonError(text: string): SyntaxProblem | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const at = (offset: number): SyntaxProblem => ({ offset, truncated: offset >= text.length });
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };
  const value = (): SyntaxProblem | null => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        return null;
      }
      return c === '{' ? key() : value();
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return null;
      }
      if (i < text.length && text.length - i < literal.length && literal.startsWith(text.slice(i)))
        return at(text.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return null;
    }
    return at(i);
  };
  const string = (): SyntaxProblem | null => {
    STRING_END.lastIndex = i + 1;
    if (STRING_END.test(text)) {
      i = STRING_END.lastIndex;
      return null;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== '"' && text.charCodeAt(j) >= 0x20) j += text[j] === '\\' ? 2 : 1;
    return at(j);
  };
  const key = (): SyntaxProblem | null => {
    skip();
    if (text[i] !== '"') return at(i);
    const problem = string();
    if (problem) return problem;
    skip();
    if (text[i] !== ':') return at(i);
    i++;
    return value();
  };
  let problem = value();
  while (!problem) {
    skip();
    const open = stack.at(-1);
    if (!open) break;
    const close = open === '{' ? '}' : ']';
    if (text[i] === ',') {
      i++;
      problem = open === '{' ? key() : value();
    } else if (text[i] === close) {
      stack.pop();
      i++;
    } else {
      problem = at(i);
    }
  }
  if (problem) return problem;
  skip();
  return i < text.length ? at(i) : null;
}

/** Parses JSON or throws a VALIDATION error naming the line and column of the first problem. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const problem = locateJsonError(text) ?? { offset: text.length, truncated: true };
    const { line, column } = lineAndColumn(text, problem.offset);
    const message = problem.truncated
      ? `The file ends too early (line ${line}, column ${column}): it looks cut off. Export it again and retry.`
      : `The file is not valid JSON: unexpected "${text.slice(problem.offset, problem.offset + 12)}" at line ${line}, column ${column}.`;
    throw new AppError('VALIDATION', message, [{ path: 'content', message }]);
  }
}
