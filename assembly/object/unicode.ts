// === Unicode character properties: lookups into the generated tables (unicode.gen.ts) ===
//
// Every code point maps to a flags record (u32 UFL_* bits) and a case record (upper, lower,
// title, fold) through two three-level indexes (see scripts/gen-unicode.ts). ASCII takes a branch-free fast path in the
// callers that matter (str methods test `c < 0x80` first).
//
// Case mappings are CPython's *full* mappings (str.upper() of 'ß' is 'SS'): unicodeCaseMap writes
// 1..3 code points. Without UFL_EXTENDED a record holds deltas; with it, (EXT index | count << 24).

import {
  uniFlagsIndex, uniCasesIndex, UNI_FLAGS_RECORDS, UNI_CASES_RECORDS, UNI_EXT,
  UFL_ALPHA, UFL_DECIMAL, UFL_DIGIT, UFL_NUMERIC, UFL_LOWER, UFL_UPPER, UFL_TITLE, UFL_SPACE,
  UFL_PRINTABLE, UFL_CASED, UFL_CASE_IGNORABLE, UFL_XID_START, UFL_XID_CONTINUE, UFL_EXTENDED,
} from './unicode.gen';

/** Which mapping unicodeCaseMap applies (1 + the case record's field number). */
@inline export const CASE_UPPER: u32 = 1;
@inline export const CASE_LOWER: u32 = 2;
@inline export const CASE_TITLE: u32 = 3;
@inline export const CASE_FOLD: u32 = 4;

/** cp clamped into the table (values above U+10FFFF read as U+10FFFF: private use, no properties). */
@inline function clampCp(cp: u32): u32 { return cp > 0x10FFFF ? 0x10FFFF : cp; }

@inline export function unicodeFlags(cp: u32): u32 {
  return load<u32>(UNI_FLAGS_RECORDS + (<usize>uniFlagsIndex(clampCp(cp)) << 2));
}

export function unicodeIsPrintable(cp: u32): bool { return (unicodeFlags(cp) & UFL_PRINTABLE) != 0; }
export function unicodeIsSpace(cp: u32): bool {
  if (cp < 0x80) return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return (unicodeFlags(cp) & UFL_SPACE) != 0;
}
/** The whitespace int() and float() strip from a str: ASCII's six (not the \x1c-\x1f
 *  separators str.isspace() accepts) and every Unicode space beyond ASCII (CPython maps those
 *  to ' ' first, _PyUnicode_TransformDecimalAndSpaceToASCII). */
export function unicodeIsNumberSpace(cp: u32): bool {
  return cp < 0x80 ? cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) : (unicodeFlags(cp) & UFL_SPACE) != 0;
}
export function unicodeIsAlpha(cp: u32): bool { return (unicodeFlags(cp) & UFL_ALPHA) != 0; }
export function unicodeIsDecimal(cp: u32): bool { return (unicodeFlags(cp) & UFL_DECIMAL) != 0; }
export function unicodeIsDigit(cp: u32): bool { return (unicodeFlags(cp) & UFL_DIGIT) != 0; }
export function unicodeIsNumeric(cp: u32): bool { return (unicodeFlags(cp) & UFL_NUMERIC) != 0; }
export function unicodeIsLower(cp: u32): bool { return (unicodeFlags(cp) & UFL_LOWER) != 0; }
export function unicodeIsUpper(cp: u32): bool { return (unicodeFlags(cp) & UFL_UPPER) != 0; }
export function unicodeIsTitle(cp: u32): bool { return (unicodeFlags(cp) & UFL_TITLE) != 0; }
export function unicodeIsCased(cp: u32): bool { return (unicodeFlags(cp) & UFL_CASED) != 0; }
export function unicodeIsCaseIgnorable(cp: u32): bool { return (unicodeFlags(cp) & UFL_CASE_IGNORABLE) != 0; }
export function unicodeIsXidStart(cp: u32): bool { return (unicodeFlags(cp) & UFL_XID_START) != 0; }
export function unicodeIsXidContinue(cp: u32): bool { return (unicodeFlags(cp) & UFL_XID_CONTINUE) != 0; }
export function unicodeIsAlnum(cp: u32): bool {
  return (unicodeFlags(cp) & (UFL_ALPHA | UFL_DECIMAL | UFL_DIGIT | UFL_NUMERIC)) != 0;
}

/** The decimal digit value of cp (Unicode Nd), or -1. */
export function unicodeDecimalValue(cp: u32): i32 {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? <i32>cp - 0x30 : -1;
  const f = unicodeFlags(cp);
  return (f & UFL_DECIMAL) ? <i32>((f >> 16) & 0xF) : -1;
}

/**
 * Writes the full `which` mapping (CASE_*) of cp at out (u32 code points, room for 3) and
 * returns how many were written (1..3).
 */
export function unicodeCaseMap(cp: u32, which: u32, out: usize): i32 {
  if (cp < 0x80) {
    let c = cp;
    if (which == CASE_UPPER || which == CASE_TITLE) { if (c >= 0x61 && c <= 0x7A) c -= 32; }
    else if (c >= 0x41 && c <= 0x5A) c += 32;
    store<u32>(out, c);
    return 1;
  }
  const c = clampCp(cp);
  const rec = UNI_CASES_RECORDS + (<usize>uniCasesIndex(c) << 4);
  const field = <usize>(which - 1);
  if (!(unicodeFlags(c) & UFL_EXTENDED)) {
    store<u32>(out, <u32>(<i32>cp + load<i32>(rec + (field << 2))));
    return 1;
  }
  const v = load<u32>(rec + (field << 2));
  const n = <i32>(v >> 24);
  const at = UNI_EXT + (<usize>(v & 0xFFFFFF) << 2);
  for (let i = 0; i < n; i++) store<u32>(out + (<usize>i << 2), load<u32>(at + (<usize>i << 2)));
  return n;
}

/** The simple (single code point) mapping: the first code point of the full one. */
export function unicodeToLower(cp: u32): u32 {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5A ? cp + 32 : cp;
  const buf = memory.data(12);
  unicodeCaseMap(cp, CASE_LOWER, buf);
  return load<u32>(buf);
}

export function unicodeToUpper(cp: u32): u32 {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7A ? cp - 32 : cp;
  const buf = memory.data(12);
  unicodeCaseMap(cp, CASE_UPPER, buf);
  return load<u32>(buf);
}
