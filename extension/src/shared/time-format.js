// Times for people: just the clock time today, the day too when it is another day.
export function formatTime(iso, locale, now = new Date()) {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return "";
  const sameDay = time.toDateString() === now.toDateString();
  const options = sameDay
    ? { hour: "numeric", minute: "2-digit" }
    : { weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" };
  return new Intl.DateTimeFormat(locale, options).format(time);
}

export const isFuture = (iso, now = new Date()) => typeof iso === "string" && Date.parse(iso) > now.getTime();
