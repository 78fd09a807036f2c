// === time: CPython 3.11's time module over the host's clocks ===
//
// Clocks come from the host (src/loader.ts): `now()` is the wall clock (Date.now(), ms),
// `monotonic()` a monotonic clock (performance.now(), ms with a fraction), `sleep(ms)` blocks
// without spinning (Atomics.wait; where the host may not block it returns at once), and
// `tz(ms, buf)` describes the local time zone at an instant (offset, DST, abbreviation).
// perf_counter and monotonic share the monotonic clock; process_time and thread_time use it too
// (a WebAssembly host has no CPU-time clock).
//
// Calendar arithmetic is done here, proleptic Gregorian on i64 days (Howard Hinnant's
// days_from_civil / civil_from_days), so gmtime/localtime/mktime work for every year glibc
// accepts (tm_year must fit a C int: beyond that, OSError EOVERFLOW as glibc's gmtime_r).
// strftime follows glibc's strftime in the C locale: the same directives, flags (_ - 0 ^ #),
// field widths, E/O modifiers, and the same output for unknown directives.
//
// A broken-down time lives in one static record (the `tm` below), C's struct tm with Python's
// meaning of nothing: tm_mon 0..11, tm_year - 1900, tm_wday 0 = Sunday, tm_yday 0-based.

import { Ptr } from '../common';
import { decref, newref, xdecref, objType } from '../object/header';
import { typeKind, TK_INT, TK_BOOL, TK_FLOAT, TK_STR } from '../object/type';
import { moduleNewLiteral, moduleAddFunction, moduleAddNew, moduleAddObject } from '../object/module';
import { strInternLiteral, strFromLiteral, strFromUtf8, strLen, strCharAt, isStr, strAsUtf8 } from '../object/str';
import { sbNew, sbAppendChar, sbAppendStr, sbFinish, sbFree, sbLength } from '../object/strbuild';
import { tupleNew, tupleItemsAddr, tupleSize, tupleItem, tupleCheck } from '../object/tuple';
import { intValue, intFromI64 } from '../object/int';
import { floatFromF64, floatValue } from '../object/float';
import { Py_None } from '../object/none';
import { objIndex } from '../object/abstract';
import { structseqNewType, structseqNew, structseqSet, structseqFinish, structseqSetConstructible } from '../object/structseq';
import {
  excFormat, excSetString, excOccurred, excTypeError, excValueError, excOverflowError, excOSError,
} from '../vm/exc';
import { intIsCompact, intSignOf } from './mathint';
import { unicodeToUpper, unicodeToLower } from '../object/unicode';
import { modNoKw, modExactlyOne, modNoArgs, modVarargs } from './args';

@external("host", "now") declare function hostNow(): f64;
@external("host", "monotonic") export declare function hostMonotonic(): f64;
@external("host", "sleep") declare function hostSleep(ms: f64): void;
@external("host", "tz") declare function hostTz(ms: f64, buf: usize): i32;

@inline function arg(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }
@inline function nkwOf(kwnames: Ptr): i32 { return kwnames != 0 ? tupleSize(kwnames) : 0; }

let structTimeType: Ptr = 0;

// ---- clocks ----

/** Nanoseconds from a clock in milliseconds (rounded down, as integer clocks are). */
@inline function msToNs(ms: f64): i64 { return <i64>Math.floor(ms * 1e6); }

function time_time(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.time', nargs, kwnames)) return 0;
  return floatFromF64(hostNow() / 1000.0);
}
function time_time_ns(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.time_ns', nargs, kwnames)) return 0;
  return intFromI64(msToNs(hostNow()));
}
function time_monotonic(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.monotonic', nargs, kwnames)) return 0;
  return floatFromF64(hostMonotonic() / 1000.0);
}
function time_monotonic_ns(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.monotonic_ns', nargs, kwnames)) return 0;
  return intFromI64(msToNs(hostMonotonic()));
}
function time_perf_counter(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.perf_counter', nargs, kwnames)) return 0;
  return floatFromF64(hostMonotonic() / 1000.0);
}
function time_perf_counter_ns(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.perf_counter_ns', nargs, kwnames)) return 0;
  return intFromI64(msToNs(hostMonotonic()));
}
function time_process_time(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.process_time', nargs, kwnames)) return 0;
  return floatFromF64(hostMonotonic() / 1000.0);
}
function time_process_time_ns(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.process_time_ns', nargs, kwnames)) return 0;
  return intFromI64(msToNs(hostMonotonic()));
}
function time_thread_time(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.thread_time', nargs, kwnames)) return 0;
  return floatFromF64(hostMonotonic() / 1000.0);
}
function time_thread_time_ns(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('time.thread_time_ns', nargs, kwnames)) return 0;
  return intFromI64(msToNs(hostMonotonic()));
}

/** sleep(secs): a float or an int (anything else through __index__), never negative. */
function time_sleep(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('time.sleep', nargs, kwnames)) return 0;
  const o = arg(args, 0);
  let ms: f64;
  if (typeKind(objType(o)) == TK_FLOAT) {
    const d = floatValue(o);
    if (isNaN(d)) return excSetString(excValueError, 'Invalid value NaN (not a number)');
    // _PyTime_t counts nanoseconds in an i64
    if (!(Math.abs(d) * 1e9 < 9.223372036854775807e18)) return excSetString(excOverflowError, 'timestamp out of range for platform time_t');
    ms = d * 1000.0;
  } else {
    const i = objIndex(o);
    if (i == 0) return 0;
    const compact = intIsCompact(i);
    const v = intValue(i);
    decref(i);
    if (!compact || v > 9223372036 || v < -9223372036) return excSetString(excOverflowError, 'timestamp too large to convert to C _PyTime_t');
    ms = <f64>v * 1000.0;
  }
  if (ms < 0) return excSetString(excValueError, 'sleep length must be non-negative');
  hostSleep(ms);
  return newref(Py_None);
}

// ---- timestamps and broken-down times ----

// the struct tm record
const TM: usize = memory.data(56);
@inline const TM_SEC: usize = 0;
@inline const TM_MIN: usize = 4;
@inline const TM_HOUR: usize = 8;
@inline const TM_MDAY: usize = 12;
@inline const TM_MON: usize = 16;
@inline const TM_YEAR: usize = 20;   // year - 1900
@inline const TM_WDAY: usize = 24;   // 0 = Sunday
@inline const TM_YDAY: usize = 28;
@inline const TM_ISDST: usize = 32;
@inline const TM_GMTOFF: usize = 40; // i64 seconds east of UTC
@inline const TM_ZONE: usize = 48;   // str (borrowed from the caller's objects or the zone cache) or 0

@inline function tmGet(f: usize): i32 { return load<i32>(TM + f); }
@inline function tmSet(f: usize, v: i32): void { store<i32>(TM + f, v); }

/** Days since 1970-01-01 of y-m-d (m 1..12), proleptic Gregorian. */
function daysFromCivil(y: i64, m: i64, d: i64): i64 {
  y -= m <= 2 ? 1 : 0;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

@inline function isLeap(y: i64): bool { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

@inline function floorDiv(a: i64, b: i64): i64 { const q = a / b; return (a % b != 0 && (a ^ b) < 0) ? q - 1 : q; }

/** Fills the tm record with the UTC broken-down time of t + off seconds (isdst, gmtoff and zone
 *  as given). False with OSError set when the year does not fit a C int (glibc's EOVERFLOW). */
function tmFromSeconds(t: i64, off: i64, isdst: i32, zone: Ptr): bool {
  const s = t + off;
  const days = floorDiv(s, 86400);
  const rem = s - days * 86400;
  // civil_from_days
  const z = days + 719468;
  const era = (z >= 0 ? z : z - 146096) / 146097;
  const doe = z - era * 146097;
  const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const mp = (5 * doy + 2) / 153;
  const d = doy - (153 * mp + 2) / 5 + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y - 1900 > <i64>i32.MAX_VALUE || y - 1900 < <i64>i32.MIN_VALUE) {
    excSetString(excOSError, '[Errno 75] Value too large for defined data type');
    return false;
  }
  tmSet(TM_YEAR, <i32>(y - 1900));
  tmSet(TM_MON, <i32>(m - 1));
  tmSet(TM_MDAY, <i32>d);
  tmSet(TM_HOUR, <i32>(rem / 3600));
  tmSet(TM_MIN, <i32>((rem % 3600) / 60));
  tmSet(TM_SEC, <i32>(rem % 60));
  tmSet(TM_WDAY, <i32>((days % 7 + 11) % 7)); // 1970-01-01 was a Thursday (4)
  tmSet(TM_YDAY, <i32>(days - daysFromCivil(y, 1, 1)));
  tmSet(TM_ISDST, isdst);
  store<i64>(TM + TM_GMTOFF, off);
  store<Ptr>(TM + TM_ZONE, zone);
  return true;
}

/** timegm of the tm record's fields, normalizing out-of-range ones as mktime does. */
function tmToSecondsUtc(): i64 {
  const mon = <i64>tmGet(TM_MON);
  const y = <i64>tmGet(TM_YEAR) + 1900 + floorDiv(mon, 12);
  const m = mon - floorDiv(mon, 12) * 12;
  const days = daysFromCivil(y, m + 1, 1) + <i64>tmGet(TM_MDAY) - 1;
  return days * 86400 + <i64>tmGet(TM_HOUR) * 3600 + <i64>tmGet(TM_MIN) * 60 + <i64>tmGet(TM_SEC);
}

// ---- the local time zone (through the host) ----

const ZONE: usize = memory.data(48);
let zoneName: Ptr = 0; // the last abbreviation the host gave, as a str (owned)

/** Asks the host about instant t (seconds): returns the offset in seconds east of UTC; the DST
 *  flag is in ZONE+4 and the abbreviation in zoneName. */
function zoneAt(t: i64): i64 {
  const n = hostTz(<f64>t * 1000.0, ZONE);
  const name = strFromUtf8(ZONE + 8, n);
  if (name != 0) { xdecref(zoneName); zoneName = name; }
  return <i64>load<i32>(ZONE);
}

/** mktime: the local instant of the tm record's fields (a second pass settles the offset).
 *  A tm_isdst of 0 or 1 that disagrees with the zone's at that instant moves the result by
 *  glibc's one hour (in a zone without daylight saving time too). */
function tmToSecondsLocal(): i64 {
  const u = tmToSecondsUtc();
  const t1 = u - zoneAt(u);
  let t = u - zoneAt(t1);
  const isdst = tmGet(TM_ISDST);
  const actual = load<i32>(ZONE, 4);
  if (isdst > 0 && actual == 0) t -= 3600;
  else if (isdst == 0 && actual > 0) t += 3600;
  return t;
}

// ---- Python objects <-> time ----

const TT: usize = memory.data(8);

/** _PyTime_ObjectToTime_t with floor rounding; None is the current time. False on error. */
function timeArg(o: Ptr): bool {
  if (o == 0 || o == Py_None) {
    store<i64>(TT, <i64>Math.floor(hostNow() / 1000.0));
    return true;
  }
  if (typeKind(objType(o)) == TK_FLOAT) {
    const d = floatValue(o);
    if (isNaN(d)) { excSetString(excValueError, 'Invalid value NaN (not a number)'); return false; }
    const f = Math.floor(d);
    if (!(f >= -9.223372036854775808e18 && f < 9.223372036854775808e18)) {
      excSetString(excOverflowError, 'timestamp out of range for platform time_t');
      return false;
    }
    store<i64>(TT, <i64>f);
    return true;
  }
  const i = objIndex(o);
  if (i == 0) return false;
  const compact = intIsCompact(i);
  store<i64>(TT, intValue(i));
  decref(i);
  if (!compact) { excSetString(excOverflowError, 'timestamp out of range for platform time_t'); return false; }
  return true;
}

/** A time.struct_time of the tm record. */
function structTimeFromTm(): Ptr {
  const o = structseqNew(structTimeType);
  if (o == 0) return 0;
  structseqSet(o, 0, intFromI64(<i64>tmGet(TM_YEAR) + 1900));
  structseqSet(o, 1, intFromI64(tmGet(TM_MON) + 1));
  structseqSet(o, 2, intFromI64(tmGet(TM_MDAY)));
  structseqSet(o, 3, intFromI64(tmGet(TM_HOUR)));
  structseqSet(o, 4, intFromI64(tmGet(TM_MIN)));
  structseqSet(o, 5, intFromI64(tmGet(TM_SEC)));
  structseqSet(o, 6, intFromI64((tmGet(TM_WDAY) + 6) % 7)); // Python's Monday is 0
  structseqSet(o, 7, intFromI64(tmGet(TM_YDAY) + 1));
  structseqSet(o, 8, intFromI64(tmGet(TM_ISDST)));
  const zone = load<Ptr>(TM + TM_ZONE);
  structseqSet(o, 9, newref(zone != 0 ? zone : Py_None));
  structseqSet(o, 10, intFromI64(load<i64>(TM + TM_GMTOFF)));
  return structseqFinish(o);
}

let sGMT: Ptr = 0;

function time_gmtime(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modVarargs('time.gmtime', nargs, kwnames, 0, 1)) return 0;
  if (!timeArg(nargs > 0 ? arg(args, 0) : 0)) return 0;
  if (!tmFromSeconds(load<i64>(TT), 0, 0, sGMT)) return 0;
  return structTimeFromTm();
}

/** The local broken-down time of the instant in TT into the tm record. Its zone name is held
 *  in tmZoneHeld, so a later zoneAt (strftime's %s) cannot free it under the record. */
function localTm(): bool {
  const t = load<i64>(TT);
  const off = zoneAt(t);
  const held = tmZoneHeld;
  tmZoneHeld = zoneName != 0 ? newref(zoneName) : 0;
  xdecref(held);
  return tmFromSeconds(t, off, load<i32>(ZONE, 4), tmZoneHeld);
}
let tmZoneHeld: Ptr = 0;

function time_localtime(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modVarargs('time.localtime', nargs, kwnames, 0, 1)) return 0;
  if (!timeArg(nargs > 0 ? arg(args, 0) : 0)) return 0;
  if (!localTm()) return 0;
  return structTimeFromTm();
}

/** gettmarg: a 9-tuple (or struct_time) of ints into the tm record, in C's conventions. `what`
 *  names the function for "illegal time tuple argument". */
function tmFromTuple(o: Ptr, what: string): bool {
  if (!tupleCheck(o)) { excSetString(excTypeError, 'Tuple or struct_time argument required'); return false; }
  if (tupleSize(o) != 9) {
    const n = strFromLiteral(what);
    excFormat(excTypeError, '%U(): illegal time tuple argument', n);
    decref(n);
    return false;
  }
  const vals = memory.data(36);
  for (let i: i32 = 0; i < 9; i++) {
    const it = tupleItem(o, i);
    const k = typeKind(objType(it));
    if (k == TK_FLOAT) { excSetString(excTypeError, "'float' object cannot be interpreted as an integer"); return false; }
    const n = objIndex(it);
    if (n == 0) return false;
    const compact = intIsCompact(n);
    const v = intValue(n);
    const sign = intSignOf(n);
    decref(n);
    if (!compact || v > <i64>i32.MAX_VALUE) {
      if (sign > 0) { excSetString(excOverflowError, 'signed integer is greater than maximum'); return false; }
    }
    if (!compact || v < <i64>i32.MIN_VALUE) {
      if (sign < 0) { excSetString(excOverflowError, 'signed integer is less than minimum'); return false; }
    }
    store<i32>(vals + (<usize>i << 2), <i32>v);
  }
  tmSet(TM_YEAR, load<i32>(vals) - 1900);
  tmSet(TM_MON, load<i32>(vals, 4) - 1);
  tmSet(TM_MDAY, load<i32>(vals, 8));
  tmSet(TM_HOUR, load<i32>(vals, 12));
  tmSet(TM_MIN, load<i32>(vals, 16));
  tmSet(TM_SEC, load<i32>(vals, 20));
  tmSet(TM_WDAY, (load<i32>(vals, 24) + 1) % 7); // C's remainder: -2 stays negative (checked later)
  tmSet(TM_YDAY, load<i32>(vals, 28) - 1);
  tmSet(TM_ISDST, load<i32>(vals, 32));
  store<i64>(TM + TM_GMTOFF, 0);
  store<Ptr>(TM + TM_ZONE, 0);
  if (objType(o) == structTimeType) {
    // the hidden fields of a struct_time: its zone and offset, when known
    const zone = tupleItem(o, 9), gmtoff = tupleItem(o, 10);
    if (zone != Py_None && isStr(zone)) store<Ptr>(TM + TM_ZONE, zone);
    if (gmtoff != Py_None && typeKind(objType(gmtoff)) == TK_INT && intIsCompact(gmtoff)) store<i64>(TM + TM_GMTOFF, intValue(gmtoff));
  }
  return true;
}

/** checktm: the ranges strftime and asctime index tables with (0 stands for the lowest value of
 *  month, day of month and day of year). */
function tmCheck(): bool {
  const mon = tmGet(TM_MON);
  if (mon == -1) tmSet(TM_MON, 0);
  else if (mon < 0 || mon > 11) return tmRangeError('month out of range');
  const mday = tmGet(TM_MDAY);
  if (mday == 0) tmSet(TM_MDAY, 1);
  else if (mday < 0 || mday > 31) return tmRangeError('day of month out of range');
  const hour = tmGet(TM_HOUR);
  if (hour < 0 || hour > 23) return tmRangeError('hour out of range');
  const min = tmGet(TM_MIN);
  if (min < 0 || min > 59) return tmRangeError('minute out of range');
  const sec = tmGet(TM_SEC);
  if (sec < 0 || sec > 61) return tmRangeError('seconds out of range');
  if (tmGet(TM_WDAY) < 0) return tmRangeError('day of week out of range');
  const yday = tmGet(TM_YDAY);
  if (yday == -1) tmSet(TM_YDAY, 0);
  else if (yday < 0 || yday > 365) return tmRangeError('day of year out of range');
  return true;
}

function tmRangeError(msg: string): bool { excSetString(excValueError, msg); return false; }

/** The tm record from an optional time-tuple argument (the local time when absent). */
function tmFromOptional(o: Ptr, what: string): bool {
  if (o == 0) {
    store<i64>(TT, <i64>Math.floor(hostNow() / 1000.0));
    return localTm();
  }
  return tmFromTuple(o, what) && tmCheck();
}

function time_mktime(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('time.mktime', nargs, kwnames)) return 0;
  if (!tmFromTuple(arg(args, 0), 'mktime')) return 0;
  return floatFromF64(<f64>tmToSecondsLocal());
}

// ---- asctime and ctime ----

const DAY_NAMES = 'SunMonTueWedThuFriSat';
const MONTH_NAMES = 'JanFebMarAprMayJunJulAugSepOctNovDec';
let sDayNames: Ptr = 0, sMonthNames: Ptr = 0, sFullDays: Ptr = 0, sFullMonths: Ptr = 0;

/** "Sun Jan  1 00:00:00 2024" of the tm record (CPython's _asctime). */
function asctimeOfTm(): Ptr {
  const sb = sbNew();
  appendSlice(sb, sDayNames, tmGet(TM_WDAY) * 3, 3);
  sbAppendChar(sb, 32);
  appendSlice(sb, sMonthNames, tmGet(TM_MON) * 3, 3);
  appendNumber(sb, tmGet(TM_MDAY), 3, 32);
  sbAppendChar(sb, 32);
  appendNumber(sb, tmGet(TM_HOUR), 2, 48);
  sbAppendChar(sb, 58);
  appendNumber(sb, tmGet(TM_MIN), 2, 48);
  sbAppendChar(sb, 58);
  appendNumber(sb, tmGet(TM_SEC), 2, 48);
  sbAppendChar(sb, 32);
  appendNumber(sb, <i64>tmGet(TM_YEAR) + 1900, 0, 48);
  return sbFinish(sb);
}

function appendSlice(sb: Ptr, s: Ptr, start: i32, n: i32): void {
  for (let i: i32 = 0; i < n; i++) sbAppendChar(sb, strCharAt(s, start + i));
}

// v in decimal (with its '-'), right-aligned in DIGITS[0..24): digitsOf returns the count
const DIGITS: usize = memory.data(24);
function digitsOf(v: i64): i32 {
  let n: i32 = 0;
  const neg = v < 0;
  let u: u64 = neg ? <u64>(0 - v) : <u64>v;
  do { store<u8>(DIGITS + <usize>(23 - n), <u8>(48 + u % 10)); n++; u /= 10; } while (u != 0);
  if (neg) { store<u8>(DIGITS + <usize>(23 - n), 45); n++; }
  return n;
}

/** v in decimal, padded to `width` with `pad` (printf's %Nd / %.Nd for non-negative v). */
function appendNumber(sb: Ptr, v: i64, width: i32, pad: u32): void {
  const n = digitsOf(v);
  for (let i = n; i < width; i++) sbAppendChar(sb, pad);
  for (let i: i32 = 0; i < n; i++) sbAppendChar(sb, load<u8>(DIGITS + <usize>(24 - n + i)));
}

function time_asctime(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nkwOf(kwnames) != 0) return excSetString(excTypeError, 'asctime() takes no keyword arguments');
  if (nargs > 1) return excFormat(excTypeError, 'asctime expected at most 1 argument, got %d', <Ptr>nargs);
  if (!tmFromOptional(nargs > 0 ? arg(args, 0) : 0, 'asctime')) return 0;
  return asctimeOfTm();
}

function time_ctime(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modVarargs('time.ctime', nargs, kwnames, 0, 1)) return 0;
  if (!timeArg(nargs > 0 ? arg(args, 0) : 0)) return 0;
  if (!localTm()) return 0;
  return asctimeOfTm();
}

// ---- strftime: glibc's, in the C locale ----

/** strftime(format[, t]) */
function time_strftime(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modVarargs('time.strftime', nargs, kwnames, 1, 2)) return 0;
  const fmt = arg(args, 0);
  if (!isStr(fmt)) return excFormat(excTypeError, 'strftime() argument 1 must be str, not %T', fmt);
  if (!tmFromOptional(nargs > 1 ? arg(args, 1) : 0, 'strftime')) return 0;
  // Normalize tm_isdst to [-1, 1] (CPython: %Z indexes tzname with it)
  const isdst = tmGet(TM_ISDST);
  if (isdst < -1) tmSet(TM_ISDST, -1);
  else if (isdst > 1) tmSet(TM_ISDST, 1);
  const len = strLen(fmt);
  for (let i: i32 = 0; i < len; i++) {
    if (strCharAt(fmt, i) == 0) return excSetString(excValueError, 'embedded null character');
  }
  const sb = sbNew();
  formatTm(sb, fmt);
  return sbFinish(sb);
}

// the state of one directive (glibc's pad, width, case flags)
let fPad: u32 = 0;
let fWidth: i32 = -1;
let fUpper = false, fLower = false;

/** add(): pads a piece of n characters to the field width (zeros for the '0' flag). */
function padTo(sb: Ptr, n: i32): void {
  for (let i = n; i < fWidth; i++) sbAppendChar(sb, fPad == 48 ? 48 : 32);
}

/** CPython formats through wcsftime: towupper/towlower act on every character. */
@inline function caseOf(c: u32): u32 {
  if (fLower) return c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : unicodeToLower(c);
  if (fUpper) return c < 128 ? (c >= 97 && c <= 122 ? c - 32 : c) : unicodeToUpper(c);
  return c;
}

/** cpy(): characters start..start+n of s, padded and case-converted. */
function cpyStr(sb: Ptr, s: Ptr, start: i32, n: i32): void {
  padTo(sb, n);
  for (let i: i32 = 0; i < n; i++) sbAppendChar(sb, caseOf(strCharAt(s, start + i)));
}

function cpyChar(sb: Ptr, c: u32): void {
  padTo(sb, 1);
  sbAppendChar(sb, c);
}

/** The numeric directives: v with at least `digits` digits, glibc's do_number with padding
 *  (zeros by default, spaces for '_', none for '-'); spacepad forces '_' unless '0' or '-'. */
function doNumber(sb: Ptr, v: i64, d: i32, spacepad: bool, widthSetsDigits: bool = true): void {
  if (spacepad && fPad != 48 && fPad != 45) fPad = 95;
  const digits = widthSetsDigits && fWidth > d ? fWidth : d;
  const neg = v < 0;
  let n = digitsOf(v);
  let start: i32 = 24 - n;
  if (fPad != 45) {
    const padding = digits - n;
    if (padding > 0) {
      if (fPad == 95) {
        for (let i: i32 = 0; i < padding; i++) sbAppendChar(sb, 32);
        fWidth = fWidth > padding ? fWidth - padding : 0;
      } else {
        if (neg) { start++; n--; sbAppendChar(sb, 45); }
        for (let i: i32 = 0; i < padding; i++) sbAppendChar(sb, 48);
        fWidth = 0;
      }
    }
  }
  padTo(sb, n);
  for (let i: i32 = 0; i < n; i++) sbAppendChar(sb, load<u8>(DIGITS + <usize>(start + i)));
}

/** A subformat (%c, %D, %F, %r, %R, %T, %x, %X): formatted on its own, then padded and
 *  upper-cased as one piece. */
function doSubformat(sb: Ptr, lit: string): void {
  const width = fWidth, pad = fPad, upper = fUpper;
  const sub = strFromLiteral(lit);
  const inner = sbNew();
  formatTm(inner, sub);
  decref(sub);
  const r = sbFinish(inner);
  fWidth = width; fPad = pad; fUpper = upper; fLower = false;
  if (r == 0) return;
  const n = strLen(r);
  padTo(sb, n);
  for (let i: i32 = 0; i < n; i++) sbAppendChar(sb, caseOf(strCharAt(r, i)));
  decref(r);
}

/** The ISO 8601 week-based days of glibc's iso_week_days: days from the first day of the first
 *  ISO week (it has the year's first Thursday) to yday with weekday wday. */
@inline function isoWeekDays(yday: i32, wday: i32): i32 {
  const big = (366 / 7 + 2) * 7;
  return yday - (yday - wday + 4 + big) % 7 + 3;
}

function formatTm(sb: Ptr, fmt: Ptr): void {
  const len = strLen(fmt);
  let hour12 = tmGet(TM_HOUR);
  if (hour12 > 12) hour12 -= 12;
  else if (hour12 == 0) hour12 = 12;
  let f: i32 = 0;
  while (f < len) {
    const c = strCharAt(fmt, f);
    if (c != 37) { sbAppendChar(sb, c); f++; continue; }
    const pct = f;
    fPad = 0; fWidth = -1; fUpper = false; fLower = false;
    let changeCase = false;
    f++;
    // flags
    while (f < len) {
      const g = strCharAt(fmt, f);
      if (g == 95 || g == 45 || g == 48) { fPad = g; f++; continue; }
      if (g == 94) { fUpper = true; f++; continue; }
      if (g == 35) { changeCase = true; f++; continue; }
      break;
    }
    // width
    if (f < len && strCharAt(fmt, f) >= 48 && strCharAt(fmt, f) <= 57) {
      fWidth = 0;
      while (f < len && strCharAt(fmt, f) >= 48 && strCharAt(fmt, f) <= 57) {
        const dgt = <i32>strCharAt(fmt, f) - 48;
        fWidth = fWidth > (i32.MAX_VALUE - dgt) / 10 ? i32.MAX_VALUE : fWidth * 10 + dgt;
        f++;
      }
    }
    // modifier
    let modifier: u32 = 0;
    if (f < len && (strCharAt(fmt, f) == 69 || strCharAt(fmt, f) == 79)) { modifier = strCharAt(fmt, f); f++; }
    if (f >= len) { // '%' (with flags or a width) at the end: copied as it is
      cpyStr(sb, fmt, pct, len - pct);
      break;
    }
    const fc = strCharAt(fmt, f);
    let bad = false;
    const year: i64 = <i64>tmGet(TM_YEAR) + 1900;
    switch (fc) {
      case 37: // %
        // after a modifier it is an unknown directive, copied as glibc copies one: from the
        // last '%' at or before it, which is this '%' itself
        cpyChar(sb, 37);
        break;
      case 97: // a
      case 65: // A
        if (modifier != 0) { bad = true; break; }
        if (changeCase) { fUpper = true; fLower = false; }
        if (fc == 97) cpyStr(sb, sDayNames, tmGet(TM_WDAY) * 3, 3);
        else cpyFullName(sb, sFullDays, tmGet(TM_WDAY));
        break;
      case 98: // b
      case 104: // h
      case 66: // B
        if (changeCase) { fUpper = true; fLower = false; }
        if (modifier == 69) { bad = true; break; }
        if (fc == 66) cpyFullName(sb, sFullMonths, tmGet(TM_MON));
        else cpyStr(sb, sMonthNames, tmGet(TM_MON) * 3, 3);
        break;
      case 99: // c
        if (modifier == 79) { bad = true; break; }
        doSubformat(sb, '%a %b %e %H:%M:%S %Y');
        break;
      case 67: // C
        doNumber(sb, floorDiv(year, 100), 1, false);
        break;
      case 120: // x
        if (modifier == 79) { bad = true; break; }
        doSubformat(sb, '%m/%d/%y');
        break;
      case 68: // D
        if (modifier != 0) { bad = true; break; }
        doSubformat(sb, '%m/%d/%y');
        break;
      case 100: // d
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, tmGet(TM_MDAY), 2, false);
        break;
      case 101: // e
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, tmGet(TM_MDAY), 2, true);
        break;
      case 70: // F
        if (modifier != 0) { bad = true; break; }
        doSubformat(sb, '%Y-%m-%d');
        break;
      case 72: // H
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, tmGet(TM_HOUR), 2, false);
        break;
      case 73: // I
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, hour12, 2, false);
        break;
      case 107: // k
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, tmGet(TM_HOUR), 2, true);
        break;
      case 108: // l
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, hour12, 2, true);
        break;
      case 106: // j
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, 1 + <i64>tmGet(TM_YDAY), 3, false);
        break;
      case 77: // M
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, tmGet(TM_MIN), 2, false);
        break;
      case 109: // m
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, 1 + <i64>tmGet(TM_MON), 2, false);
        break;
      case 110: // n
        cpyChar(sb, 10);
        break;
      case 80: // P
      case 112: // p
        if (fc == 80) fLower = true;
        if (changeCase) { fUpper = false; fLower = true; }
        cpyStr(sb, sAmPm, tmGet(TM_HOUR) > 11 ? 2 : 0, 2);
        break;
      case 82: // R
        doSubformat(sb, '%H:%M');
        break;
      case 114: // r
        doSubformat(sb, '%I:%M:%S %p');
        break;
      case 83: // S
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, tmGet(TM_SEC), 2, false);
        break;
      case 115: { // s: mktime of the fields
        const saved = memory.data(56);
        memory.copy(saved, TM, 56);
        const t = tmToSecondsLocal();
        memory.copy(TM, saved, 56);
        doNumber(sb, t, 1, false, false); // glibc: digits stay 1, the width pads with spaces
        break;
      }
      case 88: // X
        if (modifier == 79) { bad = true; break; }
        doSubformat(sb, '%H:%M:%S');
        break;
      case 84: // T
        doSubformat(sb, '%H:%M:%S');
        break;
      case 116: // t
        cpyChar(sb, 9);
        break;
      case 117: // u
        doNumber(sb, (tmGet(TM_WDAY) - 1 + 7) % 7 + 1, 1, false);
        break;
      case 85: // U
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, (tmGet(TM_YDAY) - tmGet(TM_WDAY) + 7) / 7, 2, false);
        break;
      case 86: // V
      case 103: // g
      case 71: { // G
        if (modifier == 69) { bad = true; break; }
        let y = year;
        let days = isoWeekDays(tmGet(TM_YDAY), tmGet(TM_WDAY));
        if (days < 0) {
          y--; // the ISO week belongs to the previous year
          days = isoWeekDays(tmGet(TM_YDAY) + (isLeap(y) ? 366 : 365), tmGet(TM_WDAY));
        } else {
          const d2 = isoWeekDays(tmGet(TM_YDAY) - (isLeap(y) ? 366 : 365), tmGet(TM_WDAY));
          if (d2 >= 0) { y++; days = d2; } // ... or to the next one
        }
        if (fc == 103) doNumber(sb, (y % 100 + 100) % 100, 2, false);
        else if (fc == 71) doNumber(sb, y, 1, false);
        else doNumber(sb, days / 7 + 1, 2, false);
        break;
      }
      case 87: // W
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, (tmGet(TM_YDAY) - (tmGet(TM_WDAY) - 1 + 7) % 7 + 7) / 7, 2, false);
        break;
      case 119: // w
        if (modifier == 69) { bad = true; break; }
        doNumber(sb, tmGet(TM_WDAY), 1, false);
        break;
      case 89: // Y
        if (modifier == 79) { bad = true; break; }
        doNumber(sb, year, 1, false);
        break;
      case 121: // y
        doNumber(sb, (<i64>tmGet(TM_YEAR) % 100 + 100) % 100, 2, false);
        break;
      case 90: { // Z
        if (changeCase) { fUpper = false; fLower = true; }
        let zone = load<Ptr>(TM + TM_ZONE);
        if ((zone == 0 || strLen(zone) == 0) && tmGet(TM_ISDST) >= 0) {
          zone = tmGet(TM_ISDST) != 0 ? tzDst : tzStd; // the C library's tzname
        }
        if (zone != 0) cpyStr(sb, zone, 0, strLen(zone));
        else padTo(sb, 0); // no zone: "" in its field
        break;
      }
      case 122: { // z
        if (tmGet(TM_ISDST) < 0) break;
        let diff = load<i64>(TM + TM_GMTOFF);
        if (diff < 0) { cpyChar(sb, 45); diff = -diff; }
        else cpyChar(sb, 43);
        diff /= 60;
        doNumber(sb, (diff / 60) * 100 + diff % 60, 4, false);
        break;
      }
      default:
        bad = true;
    }
    if (bad) cpyStr(sb, fmt, pct, f + 1 - pct); // an unknown directive: copied with its flags
    f++;
  }
}

let sAmPm: Ptr = 0;
let tzStd: Ptr = 0, tzDst: Ptr = 0; // tzname, as the module computed it at import

/** The i-th name of a comma-separated list of names, padded and case-converted. */
function cpyFullName(sb: Ptr, names: Ptr, index: i32): void {
  const n = strLen(names);
  let k: i32 = 0, start: i32 = 0;
  for (let i: i32 = 0; i <= n; i++) {
    if (i == n || strCharAt(names, i) == 44) {
      if (k == index) { cpyStr(sb, names, start, i - start); return; }
      k++;
      start = i + 1;
    }
  }
  cpyStr(sb, sQuestion, 0, 1);
}
let sQuestion: Ptr = 0;

// ---- the module ----

/** Made once at vmInit: time.struct_time and the names strftime uses. */
export function timeInit(): void {
  structTimeType = structseqNewType('time.struct_time',
    'tm_year,tm_mon,tm_mday,tm_hour,tm_min,tm_sec,tm_wday,tm_yday,tm_isdst,tm_zone,tm_gmtoff', 9);
  structseqSetConstructible(structTimeType);
  sDayNames = strInternLiteral(DAY_NAMES);
  sMonthNames = strInternLiteral(MONTH_NAMES);
  sFullDays = strInternLiteral('Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday');
  sFullMonths = strInternLiteral('January,February,March,April,May,June,July,August,September,October,November,December');
  sAmPm = strInternLiteral('AMPM');
  sGMT = strInternLiteral('GMT');
  sQuestion = strInternLiteral('?');
}

/** A new time module (one per run that imports it). */
export function timeModuleNew(): Ptr {
  const m = moduleNewLiteral('time');
  if (m == 0) return 0;
  // timezone, altzone, daylight and tzname from this year's January and July
  const now = <i64>Math.floor(hostNow() / 1000.0);
  store<i64>(TT, now);
  if (!tmFromSeconds(now, 0, 0, 0)) { decref(m); return 0; }
  const y = <i64>tmGet(TM_YEAR) + 1900;
  const jan = (daysFromCivil(y, 1, 1)) * 86400, jul = daysFromCivil(y, 7, 1) * 86400;
  const janOff = zoneAt(jan);
  const janName = newref(zoneName);
  const julOff = zoneAt(jul);
  const julName = newref(zoneName);
  const janIsStd = janOff <= julOff; // standard time has the smaller offset
  xdecref(tzStd); xdecref(tzDst);
  tzStd = newref(janIsStd ? janName : julName);
  tzDst = newref(janIsStd ? julName : janName);
  decref(janName); decref(julName);
  const tzname = tupleNew(2);
  if (tzname != 0) {
    store<Ptr>(tupleItemsAddr(tzname), newref(tzStd));
    store<Ptr>(tupleItemsAddr(tzname), newref(tzDst), 4);
  }
  const ok = moduleAddNew(m, 'timezone', intFromI64(-(janIsStd ? janOff : julOff))) == 0
    && moduleAddNew(m, 'altzone', intFromI64(-(janIsStd ? julOff : janOff))) == 0
    && moduleAddNew(m, 'daylight', intFromI64(janOff != julOff ? 1 : 0)) == 0
    && moduleAddNew(m, 'tzname', tzname) == 0
    && moduleAddObject(m, 'struct_time', structTimeType) == 0
    && moduleAddFunction(m, 'asctime', time_asctime.index) == 0
    && moduleAddFunction(m, 'ctime', time_ctime.index) == 0
    && moduleAddFunction(m, 'gmtime', time_gmtime.index) == 0
    && moduleAddFunction(m, 'localtime', time_localtime.index) == 0
    && moduleAddFunction(m, 'mktime', time_mktime.index) == 0
    && moduleAddFunction(m, 'monotonic', time_monotonic.index) == 0
    && moduleAddFunction(m, 'monotonic_ns', time_monotonic_ns.index) == 0
    && moduleAddFunction(m, 'perf_counter', time_perf_counter.index) == 0
    && moduleAddFunction(m, 'perf_counter_ns', time_perf_counter_ns.index) == 0
    && moduleAddFunction(m, 'process_time', time_process_time.index) == 0
    && moduleAddFunction(m, 'process_time_ns', time_process_time_ns.index) == 0
    && moduleAddFunction(m, 'sleep', time_sleep.index) == 0
    && moduleAddFunction(m, 'strftime', time_strftime.index) == 0
    && moduleAddFunction(m, 'thread_time', time_thread_time.index) == 0
    && moduleAddFunction(m, 'thread_time_ns', time_thread_time_ns.index) == 0
    && moduleAddFunction(m, 'time', time_time.index) == 0
    && moduleAddFunction(m, 'time_ns', time_time_ns.index) == 0;
  if (!ok) { decref(m); return 0; }
  return m;
}

/** End of a run: drop the zone strings the run made (they are not part of the baseline). */
export function timeEndRun(): void {
  if (zoneName != 0) { decref(zoneName); zoneName = 0; }
  if (tmZoneHeld != 0) { decref(tmZoneHeld); tmZoneHeld = 0; }
  if (tzStd != 0) { decref(tzStd); tzStd = 0; }
  if (tzDst != 0) { decref(tzDst); tzDst = 0; }
}
