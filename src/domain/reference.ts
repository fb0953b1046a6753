/** `<PREFIX>-<YYYY>-<NNNNNN>`: what the resident keeps and quotes back to the office. */
export const REFERENCE_PATTERN = /^[A-Z]{2,6}-\d{4}-\d{6,}$/;

export function formatReference(prefix: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`a reference sequence must be a positive whole number, got ${sequence}`);
  }
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

export function isReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}
