/**
 * A result code or file name such as `0520….KQ.G18.000123_Signed_….pdf` cut after each dot or
 * underscore, so a narrow column breaks it at its parts rather than mid-number.
 */
export function codeParts(value: string): string[] {
  return value.split(/(?<=[._])/);
}
