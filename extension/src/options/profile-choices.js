// The values docs/protocol.md allows for a child profile, with labels in the parent's language.
const AGE_BANDS = Object.freeze({ unknown: "ageUnknown", under_10: "ageUnder10", "10_12": "age10to12", "13_15": "age13to15", "16_17": "age16to17" });
export const LANGUAGES = Object.freeze(["es", "en"]);
export const COUNTRIES = Object.freeze(["CO", "CL", "ES", "US", "GB"]);

function displayName(locale, type, code) {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

// Each language is named in itself, so a parent finds their own even if the page is in the other one.
export const languageLabel = (code) => displayName(code, "language", code);
export const countryLabel = (t, code) => displayName(t("localeCode"), "region", code);
export const ageLabel = (t, band) => (Object.hasOwn(AGE_BANDS, band) ? t(AGE_BANDS[band]) : band);
