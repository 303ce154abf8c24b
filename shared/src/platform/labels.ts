import type { Locale } from './dates.ts'

/** What a stored value is called, in each locale of the portal. */
export type Label = Record<Locale, string>

/** The choices of an admin select field: each value with its label. */
export const selectOptions = <T extends string>(labels: Record<T, Label>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }))

/** The labels as UI strings of one locale, keyed `prefix.value` (the site's string tables). */
export function labelStrings<P extends string, T extends string>(prefix: P, labels: Record<T, Label>, locale: Locale): Record<`${P}.${T}`, string> {
  return Object.fromEntries((Object.keys(labels) as T[]).map((value) => [`${prefix}.${value}`, labels[value][locale]])) as Record<`${P}.${T}`, string>
}
