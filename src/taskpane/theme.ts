/** Light or dark, from Office's theme inside Office and from the system's preference outside. */

/** True when a "#rrggbb" background is dark (relative luminance below the midpoint). */
export function isDarkColor(hex: string | undefined | null): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((hex ?? "").trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function officeThemeIsDark(
  theme: { bodyBackgroundColor?: string } | undefined | null
): boolean | null {
  if (!theme?.bodyBackgroundColor) return null;
  return isDarkColor(theme.bodyBackgroundColor);
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

export function systemPrefersDark(): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia(DARK_QUERY).matches
  );
}

/** Calls back when the system switches between light and dark; returns the unsubscribe. */
export function onSystemThemeChange(callback: (dark: boolean) => void): () => void {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function")
    return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  const listener = (event: MediaQueryListEvent) => callback(event.matches);
  query.addEventListener?.("change", listener);
  return () => query.removeEventListener?.("change", listener);
}
