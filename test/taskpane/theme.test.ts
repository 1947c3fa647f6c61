import { isDarkColor, officeThemeIsDark } from "../../src/taskpane/theme";

describe("theme choice", () => {
  test("Office's body background decides light or dark", () => {
    expect(officeThemeIsDark({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(officeThemeIsDark({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
    expect(officeThemeIsDark({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(officeThemeIsDark({ bodyBackgroundColor: "#000000" })).toBe(true);
  });

  test("no Office theme (or an unreadable colour) leaves the choice to the system", () => {
    expect(officeThemeIsDark(undefined)).toBeNull();
    expect(officeThemeIsDark({})).toBeNull();
    expect(isDarkColor("not a colour")).toBe(false);
  });

  test("mid greys fall on the side of their relative luminance", () => {
    // #777777 has relative luminance ≈ 0.18 (dark); #BCBCBC ≈ 0.503 (light, just above the midpoint).
    expect(isDarkColor("#777777")).toBe(true);
    expect(isDarkColor("#BCBCBC")).toBe(false);
  });
});
