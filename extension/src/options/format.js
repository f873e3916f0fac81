// Labels for the parent pages: weeks, durations, numbers and the errors a parent can act on.
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export function mondayOfIsoWeek(week) {
  const match = ISO_WEEK.exec(String(week));
  if (!match) return null;
  const jan4 = new Date(Date.UTC(Number(match[1]), 0, 4));
  const weekday = jan4.getUTCDay() || 7;
  return new Date(jan4.getTime() + ((Number(match[2]) - 1) * 7 - (weekday - 1)) * 86400000);
}

export function formatWeek(t, week) {
  const monday = mondayOfIsoWeek(week);
  if (!monday) return String(week);
  const date = new Intl.DateTimeFormat(t("localeCode"), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return t("weekOf", [date.format(monday)]);
}

export function formatWait(seconds) {
  const total = Math.max(0, Math.ceil(seconds));
  const pad = (n) => String(n).padStart(2, "0");
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(total % 60)}` : `${minutes}:${pad(total % 60)}`;
}

export const formatNumber = (t, value) => new Intl.NumberFormat(t("localeCode")).format(Number(value) || 0);

const ERROR_KEYS = {
  host_unavailable: "errorHostUnavailable",
  timeout: "errorHostUnavailable",
  queue_full: "errorHostUnavailable",
  pin_invalid: "setupPinLength",
  not_found: "errorNotFound",
  bad_request: "errorBadRequest",
};

export const errorText = (t, error) =>
  Object.hasOwn(ERROR_KEYS, error?.code) ? t(ERROR_KEYS[error.code]) : t("errorGeneric", [String(error?.code ?? "unknown")]);
