// Norwegian identifiers: organisation numbers (ER) and national identity numbers (fødselsnummer).

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const PID_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const PID_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i], 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

/** Nine digits whose last digit is the mod-11 check digit of the first eight. */
export function isValidOrgNo(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  return mod11(digits, ORG_WEIGHTS) === digits[8];
}

/**
 * Eleven digits with both check digits right. Synthetic numbers (Tenor: month + 80, D-numbers: day + 40)
 * are accepted, since the sandbox only ever holds synthetic people.
 */
export function isValidPid(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const k1 = mod11(digits, PID_WEIGHTS_1);
  if (k1 === null || k1 !== digits[9]) return false;
  const k2 = mod11(digits, PID_WEIGHTS_2);
  return k2 !== null && k2 === digits[10];
}

/** True for synthetic test numbers (Tenor's month + 80), the only kind the sandbox logs in. */
export function isSyntheticPid(value: string): boolean {
  if (!isValidPid(value)) return false;
  const month = Number(value.slice(2, 4));
  return month >= 81 && month <= 92;
}

/** Completes eight digits with their check digit, or returns null when none exists. */
export function withOrgCheckDigit(first8: string): string | null {
  const check = mod11([...first8].map(Number), ORG_WEIGHTS);
  return check === null ? null : first8 + String(check);
}
