import slugifyLib from 'slugify'

/** Lower-case words of letters and digits joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Turns a title into a URL slug: "Molise-Calvairate" → "molise-calvairate", accents dropped. */
export function slugify(title: string): string {
  return slugifyLib(title, { lower: true, strict: true, locale: 'it', trim: true })
}

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value) && value.length <= 120
}
