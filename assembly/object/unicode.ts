// === Unicode character properties: lookups into the generated tables (unicode.gen.ts) ===
//
// Every code point maps to one record of 5 i32 (flags, upper, lower, title, fold) through a
// three-level index (see scripts/gen-unicode.ts). ASCII takes a branch-free fast path in the
// callers that matter (str methods test `c < 0x80` first).
//
// Case mappings are CPython's *full* mappings (str.upper() of 'ß' is 'SS'): unicodeCaseMap writes
// 1..3 code points. Without UFL_EXTENDED a record holds deltas; with it, (EXT index | count << 24).

import {
  UNI_SHIFT0, UNI_SHIFT1, UNI_LEVEL0, UNI_LEVEL1, UNI_LEVEL2, UNI_RECORDS, UNI_EXT,
  UFL_ALPHA, UFL_DECIMAL, UFL_DIGIT, UFL_NUMERIC, UFL_LOWER, UFL_UPPER, UFL_TITLE, UFL_SPACE,
  UFL_PRINTABLE, UFL_CASED, UFL_CASE_IGNORABLE, UFL_XID_START, UFL_XID_CONTINUE, UFL_EXTENDED,
} from './unicode.gen';

/** Which mapping unicodeCaseMap applies (the record's field number). */
@inline export const CASE_UPPER: u32 = 1;
@inline export const CASE_LOWER: u32 = 2;
@inline export const CASE_TITLE: u32 = 3;
@inline export const CASE_FOLD: u32 = 4;

/** Address of cp's record (5 i32). cp > 0x10FFFF reads as unassigned (the record of U+10FFFF
 *  is private use: not printable, no properties). */
@inline function uniRecord(cp: u32): usize {
  if (cp > 0x10FFFF) cp = 0x10FFFF;
  const b1 = <u32>load<u8>(UNI_LEVEL0 + <usize>(cp >> UNI_SHIFT0));
  const mid = (b1 << (UNI_SHIFT0 - UNI_SHIFT1)) | ((cp >> UNI_SHIFT1) & ((1 << (UNI_SHIFT0 - UNI_SHIFT1)) - 1));
  const b2 = <u32>load<u16>(UNI_LEVEL1 + (<usize>mid << 1));
  const r = <u32>load<u16>(UNI_LEVEL2 + (<usize>((b2 << UNI_SHIFT1) | (cp & ((1 << UNI_SHIFT1) - 1))) << 1));
  return UNI_RECORDS + <usize>r * 20;
}

@inline export function unicodeFlags(cp: u32): u32 { return load<u32>(uniRecord(cp)); }

export function unicodeIsPrintable(cp: u32): bool { return (unicodeFlags(cp) & UFL_PRINTABLE) != 0; }
export function unicodeIsSpace(cp: u32): bool {
  if (cp < 0x80) return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return (unicodeFlags(cp) & UFL_SPACE) != 0;
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
  const rec = uniRecord(cp);
  const flags = load<u32>(rec);
  if (!(flags & UFL_EXTENDED)) {
    const field: usize = which == CASE_FOLD ? 2 : <usize>which; // fold == lower when not extended
    store<u32>(out, <u32>(<i32>cp + load<i32>(rec + (field << 2))));
    return 1;
  }
  const v = load<u32>(rec + (<usize>which << 2));
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
