// Tokenizer tests: kinds and positions against CPython's tokenize module (fixtures/tokens.json,
// written by fixtures/gen_fixtures.py), plus the tokenizer's own error tokens.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tokenize } from '../../src/tokenizer.js';
import { TokenType, type Token } from '../../src/tokens.js';

const NAMES: Record<number, string> = {
  [TokenType.NAME]: 'NAME', [TokenType.NUMBER]: 'NUMBER', [TokenType.STRING]: 'STRING',
  [TokenType.OP]: 'OP', [TokenType.NEWLINE]: 'NEWLINE', [TokenType.INDENT]: 'INDENT',
  [TokenType.DEDENT]: 'DEDENT', [TokenType.ENDMARKER]: 'ENDMARKER', [TokenType.ERRORTOKEN]: 'ERRORTOKEN',
};

function simple(t: Token): unknown[] {
  const name = NAMES[t.type];
  if (t.type <= TokenType.OP) return [name, t.value, t.lineno, t.col, t.endLineno, t.endCol];
  return [name];
}

const cases: [string, unknown[][]][] = JSON.parse(
  readFileSync(new URL('./fixtures/tokens.json', import.meta.url), 'utf8'));

describe('tokens match CPython tokenize', () => {
  for (const [src, expected] of cases) {
    it(JSON.stringify(src).slice(0, 60), () => {
      expect(tokenize(src, 'f.py').tokens.map(simple)).toEqual(expected);
    });
  }
});

describe('tokenizer details', () => {
  it('columns are code points', () => {
    const toks = tokenize("é = '😀' + x\n", 'f.py').tokens;
    expect(toks.map((t) => [t.col, t.endCol]).slice(0, 5)).toEqual([[0, 1], [2, 3], [4, 7], [8, 9], [10, 11]]);
  });

  it('NEWLINE after a comment starts at the comment (CPython C tokenizer)', () => {
    const nl = tokenize('x = 1  # hi\n', 'f.py').tokens[3];
    expect([nl.type, nl.col, nl.endCol]).toEqual([TokenType.NEWLINE, 7, 11]);
  });

  it('\\r\\n and \\r are newlines; a missing final newline is added', () => {
    const kinds = tokenize('a\r\nb\rc', 'f.py').tokens.map((t) => NAMES[t.type]);
    expect(kinds).toEqual(['NAME', 'NEWLINE', 'NAME', 'NEWLINE', 'NAME', 'NEWLINE', 'ENDMARKER']);
  });

  it('bracket depth is recorded on each token', () => {
    expect(tokenize('f((a), [b])\n', 'f.py').tokens.map((t) => t.level).slice(0, 9))
      .toEqual([0, 1, 2, 2, 1, 1, 2, 2, 1]);
  });

  it('stops at the first error with an ERRORTOKEN, never throws', () => {
    const r = tokenize('x = 1\ny = "abc\nz = 2\n', 'f.py');
    const last = r.tokens[r.tokens.length - 1];
    expect(last.type).toBe(TokenType.ERRORTOKEN);
    expect(last.value).toBe('pyerr');
    expect([last.error!.msg, last.error!.lineno, last.error!.offset])
      .toEqual(['unterminated string literal (detected at line 2)', 2, 5]);
  });

  it('indentation errors are done-codes (reported only when the parser gets there)', () => {
    const r = tokenize('if x:\n    a\n  b\n', 'f.py');
    const last = r.tokens[r.tokens.length - 1];
    expect([last.value, last.error!.kind, last.error!.msg, last.error!.offset])
      .toEqual(['done', 'IndentationError', 'unindent does not match any outer indentation level', 4]);
  });

  it('EOF inside brackets is an eof error token naming the innermost bracket', () => {
    const r = tokenize('x = (1,\n [2,\n', 'f.py');
    const last = r.tokens[r.tokens.length - 1];
    expect([last.value, last.error!.msg, last.error!.lineno, last.error!.offset])
      .toEqual(['eof', "'[' was never closed", 2, 2]);
  });

  it('non-ASCII identifiers: NFKC and invalid characters', () => {
    expect(tokenize('ﬁ\n', 'f.py').tokens[0].value).toBe('fi');
    const r = tokenize('a€ = 1\n', 'f.py');
    const last = r.tokens[r.tokens.length - 1];
    expect([last.error!.msg, last.error!.offset]).toEqual(["invalid character '€' (U+20AC)", 2]);
  });
});
