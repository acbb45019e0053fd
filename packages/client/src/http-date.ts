// Strict HTTP-date parsing (RFC 9110 §5.6.7): the preferred IMF-fixdate and
// the two obsolete forms recipients must accept, and nothing else. Date.parse
// reads almost anything ("1 Jan" is a date in 2001), which would turn a
// garbled Retry-After into an immediate retry.

const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const TIME = "(\\d\\d):(\\d\\d):(\\d\\d)";
const HTTP_DATE = new RegExp(
  // IMF-fixdate, groups 1-6 (day month year h m s): Sun, 06 Nov 1994 08:49:37 GMT
  `^(?:${DAY}, (\\d\\d) (\\w{3}) (\\d{4}) ${TIME} GMT` +
    // RFC 850, groups 7-12 (day month yy h m s): Sunday, 06-Nov-94 08:49:37 GMT
    `|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\\d\\d)-(\\w{3})-(\\d\\d) ${TIME} GMT` +
    // asctime, groups 13-18 (month day h m s year): Sun Nov  6 08:49:37 1994
    `|${DAY} (\\w{3}) ([ \\d]\\d) ${TIME} (\\d{4}))$`,
);

/** Parses an HTTP-date into ms since the epoch, or NaN when it is not one of the three forms or not a real date. */
export function parseHttpDate(value: string, now: number): number {
  const m = HTTP_DATE.exec(value);
  if (!m) return Number.NaN;
  const [day, month, year, hour, minute, second] = (
    m[1] ? m.slice(1, 7) : m[7] ? m.slice(7, 13) : [m[14], m[13], m[18], m[15], m[16], m[17]]
  ).map((part, i) => (i === 1 ? MONTHS.indexOf(part!) / 3 : Number(part)));
  let fullYear = year!;
  if (fullYear < 100) {
    // RFC 850's two-digit year: more than 50 years in the future means the previous century.
    const thisYear = new Date(now).getUTCFullYear();
    fullYear += thisYear - (thisYear % 100);
    if (fullYear > thisYear + 50) fullYear -= 100;
  }
  // A leap second (:60) is read as :59.
  const time = Date.UTC(fullYear, month, day, hour, minute, Math.min(second!, 59));
  const date = new Date(time);
  // Anything that rolled over (31 Feb, 25:00, 12:61) was not a real date; a month name not in MONTHS gives a fraction.
  return date.getUTCDate() === day && date.getUTCMonth() === month && hour! < 24 && minute! < 60 && second! <= 60 ? time : Number.NaN;
}
