// Strict HTTP-date parsing (RFC 9110 §5.6.7): the preferred IMF-fixdate and
// the two obsolete forms recipients must accept, and nothing else. Date.parse
// reads almost anything ("1 Jan" is a date in 2001), which would turn a
// garbled Retry-After into an immediate retry.

const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const TIME = "(\\d\\d):(\\d\\d):(\\d\\d)";

/** `Sun, 06 Nov 1994 08:49:37 GMT` */
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d\\d) ${MONTH} (\\d{4}) ${TIME} GMT$`);
/** `Sunday, 06-Nov-94 08:49:37 GMT` */
const RFC_850 = new RegExp(`^${LONG_DAY}, (\\d\\d)-${MONTH}-(\\d\\d) ${TIME} GMT$`);
/** `Sun Nov  6 08:49:37 1994` */
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

/** Milliseconds since the epoch of a UTC date, or NaN when a field is out of range (31 Feb, 25:00). */
function utc(year: number, month: string, day: number, hour: number, minute: number, second: number): number {
  const monthIndex = MONTHS.indexOf(month) / 3;
  const time = Date.UTC(year, monthIndex, day, hour, minute, Math.min(second, 59));
  const date = new Date(time);
  // 60 is a leap second, read as :59; anything else that rolls over was not a real date.
  const valid = date.getUTCDate() === day && date.getUTCMonth() === monthIndex && hour < 24 && minute < 60 && second <= 60;
  return valid ? time : Number.NaN;
}

/** An RFC 850 two-digit year: more than 50 years in the future means the previous century (RFC 9110). */
function fullYear(twoDigits: number, now: number): number {
  const thisYear = new Date(now).getUTCFullYear();
  const year = thisYear - (thisYear % 100) + twoDigits;
  return year > thisYear + 50 ? year - 100 : year;
}

/** Parses an HTTP-date into ms since the epoch, or NaN when it is not one of the three forms. */
export function parseHttpDate(value: string, now: number): number {
  let m = IMF_FIXDATE.exec(value);
  if (m) return utc(Number(m[3]), m[2]!, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  m = RFC_850.exec(value);
  if (m) return utc(fullYear(Number(m[3]), now), m[2]!, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  m = ASCTIME.exec(value);
  if (m) return utc(Number(m[6]), m[1]!, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.NaN;
}
