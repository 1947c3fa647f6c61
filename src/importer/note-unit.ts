/** A figure kept as written in notes, with the unit the sheet states for it. */

/**
 * A figure kept as written with the unit its title states beside it: "338.55" → "338.55万元",
 * "12.5" → "12.5 HK$'000"; anything but a plain figure stays as it is.
 */
export function withUnit(text: string, unit: string | undefined): string {
  if (!unit || !/^[-+]?[\d,]*\.?\d+$/.test(text.trim())) return text;
  return /^[\u3400-\u9fff]/.test(unit) ? `${text}${unit}` : `${text} ${unit}`;
}
