// ISO 8601 durations as the clock takes them: PnYnMnWnDTnHnMnS (each part optional, at least one; seconds
// may have a fraction). Years and months are calendar steps (UTC), the rest fixed lengths.

const PATTERN =
  /^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,5})M)?(?:(\d{1,6})W)?(?:(\d{1,7})D)?(?:T(?=\d)(?:(\d{1,8})H)?(?:(\d{1,10})M)?(?:(\d{1,12}(?:[.,]\d{1,3})?)S)?)?$/;

export interface Duration {
  years: number;
  months: number;
  ms: number;
}

export function parseDuration(text: string): Duration | undefined {
  const match = PATTERN.exec(text.trim().toUpperCase());
  if (!match) return undefined;
  const n = (i: number) => (match[i] ? Number(match[i].replace(',', '.')) : 0);
  const ms = (((n(3) * 7 + n(4)) * 24 + n(5)) * 60 + n(6)) * 60_000 + n(7) * 1000;
  return { years: n(1), months: n(2), ms };
}

/** `from` moved forward by the duration. */
export function addDuration(from: Date, duration: Duration): Date {
  const result = new Date(from.getTime());
  if (duration.years || duration.months) result.setUTCMonth(result.getUTCMonth() + duration.years * 12 + duration.months);
  return new Date(result.getTime() + duration.ms);
}
