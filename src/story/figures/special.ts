import { isDigitCode, isSpaceCode } from "./chars.js";

/** « : » and « / » glue the digit runs of one label (« 12:30 », « 3/4 »). */
const isLabelGlue = (c: number): boolean => c === 58 || c === 47;

/**
 * Digit runs that are labels rather than quantities: phone numbers (« 01 23 45 67 89 »), clock
 * times and fractions glued with « : » or « / » (« 14:30 », « 24/7 »). Returns where the run ends,
 * or -1 when the digits at `i` are an ordinary number.
 */
export function labelRunEnd(text: string, i: number): number {
  const phone = phoneEnd(text, i);
  if (phone > 0) return phone;
  let j = i;
  while (isDigitCode(text.charCodeAt(j))) j++;
  const before = text.charCodeAt(i - 1);
  if ((isLabelGlue(text.charCodeAt(j)) && isDigitCode(text.charCodeAt(j + 1))) || (i > 0 && isLabelGlue(before) && isDigitCode(text.charCodeAt(i - 2)))) {
    while (isDigitCode(text.charCodeAt(j)) || (isLabelGlue(text.charCodeAt(j)) && isDigitCode(text.charCodeAt(j + 1)))) j++;
    return j;
  }
  return -1;
}

/** Four or more pairs of digits split by single spaces, dots or hyphens, the first starting with 0 (or five pairs). */
function phoneEnd(text: string, i: number): number {
  let j = i;
  let groups = 0;
  for (;;) {
    if (!isDigitCode(text.charCodeAt(j)) || !isDigitCode(text.charCodeAt(j + 1)) || isDigitCode(text.charCodeAt(j + 2))) break;
    groups++;
    j += 2;
    const s = text.charCodeAt(j);
    if ((isSpaceCode(s) || s === 46 || s === 45) && isDigitCode(text.charCodeAt(j + 1))) j++;
    else break;
  }
  if (groups >= 5 || (groups >= 4 && text.charCodeAt(i) === 48)) {
    while (j > i && !isDigitCode(text.charCodeAt(j - 1))) j--;
    return j;
  }
  return -1;
}
