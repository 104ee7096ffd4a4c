// Amounts are planck (1 OPEN = 10^18 planck) kept as bigint: shown exactly, never rounded.
export const DECIMALS = 18n;
const ONE = 10n ** DECIMALS;

/** `amount` planck as OPEN, every digit kept: 1234500000000000000n → "1.2345". */
export function open(amount: bigint): string {
  const sign = amount < 0n ? '-' : '';
  const abs = amount < 0n ? -amount : amount;
  const whole = (abs / ONE).toLocaleString('en-US');
  const fraction = (abs % ONE).toString().padStart(Number(DECIMALS), '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''} OPEN`;
}

/** A Perbill (parts per billion) as a percentage: 150000000 → "15%". */
export function percent(parts: bigint | number): string {
  const value = Number(parts) / 10_000_000;
  return `${Number.isInteger(value) ? value : value.toFixed(7).replace(/0+$/, '')}%`;
}

/** A short form of an address or hash. */
export const short = (text: string): string => (text.length > 16 ? `${text.slice(0, 8)}…${text.slice(-6)}` : text);

/** Bytes (a name, a URI) as text. */
export function text(bytes: { toU8a(bare?: boolean): Uint8Array }): string {
  return new TextDecoder().decode(bytes.toU8a(true));
}
