/** The portal's reference language: every text exists in Italian, and a missing translation shows the Italian one. */
export const DEFAULT_LOCALE = 'it'

/** What a city gets when it configures nothing: Italian and English. */
export const DEFAULT_PORTAL_LOCALES = 'it,en'

export type TextDirection = 'ltr' | 'rtl'

export interface LocaleInfo {
  /** The language's name in the language itself, as a reader looks for it in a language menu. */
  nativeName: string
  /** Its name in Italian, for staff in the admin. */
  italianName: string
  direction: TextDirection
}

/**
 * The languages the portal knows: Italian and English, and those most spoken by the residents of
 * Italian cities' neighbourhoods. A city chooses among them (PORTAL_LOCALES); adding one here is a code change.
 */
export const KNOWN_LOCALES = {
  it: { nativeName: 'Italiano', italianName: 'Italiano', direction: 'ltr' },
  en: { nativeName: 'English', italianName: 'Inglese', direction: 'ltr' },
  fr: { nativeName: 'Français', italianName: 'Francese', direction: 'ltr' },
  es: { nativeName: 'Español', italianName: 'Spagnolo', direction: 'ltr' },
  de: { nativeName: 'Deutsch', italianName: 'Tedesco', direction: 'ltr' },
  pt: { nativeName: 'Português', italianName: 'Portoghese', direction: 'ltr' },
  ro: { nativeName: 'Română', italianName: 'Rumeno', direction: 'ltr' },
  sq: { nativeName: 'Shqip', italianName: 'Albanese', direction: 'ltr' },
  uk: { nativeName: 'Українська', italianName: 'Ucraino', direction: 'ltr' },
  ru: { nativeName: 'Русский', italianName: 'Russo', direction: 'ltr' },
  pl: { nativeName: 'Polski', italianName: 'Polacco', direction: 'ltr' },
  ar: { nativeName: 'العربية', italianName: 'Arabo', direction: 'rtl' },
  fa: { nativeName: 'فارسی', italianName: 'Persiano', direction: 'rtl' },
  ur: { nativeName: 'اردو', italianName: 'Urdu', direction: 'rtl' },
  zh: { nativeName: '中文', italianName: 'Cinese', direction: 'ltr' },
  bn: { nativeName: 'বাংলা', italianName: 'Bengalese', direction: 'ltr' },
  hi: { nativeName: 'हिन्दी', italianName: 'Hindi', direction: 'ltr' },
  pa: { nativeName: 'ਪੰਜਾਬੀ', italianName: 'Punjabi', direction: 'ltr' },
  tl: { nativeName: 'Tagalog', italianName: 'Filippino (tagalog)', direction: 'ltr' },
  ta: { nativeName: 'தமிழ்', italianName: 'Tamil', direction: 'ltr' },
  si: { nativeName: 'සිංහල', italianName: 'Singalese', direction: 'ltr' },
  wo: { nativeName: 'Wolof', italianName: 'Wolof', direction: 'ltr' },
  ti: { nativeName: 'ትግርኛ', italianName: 'Tigrino', direction: 'ltr' },
  so: { nativeName: 'Soomaali', italianName: 'Somalo', direction: 'ltr' },
} as const satisfies Record<string, LocaleInfo>

export type LocaleCode = keyof typeof KNOWN_LOCALES

export const KNOWN_LOCALE_CODES = Object.keys(KNOWN_LOCALES) as LocaleCode[]

export const isLocaleCode = (value: unknown): value is LocaleCode => typeof value === 'string' && Object.hasOwn(KNOWN_LOCALES, value)

/** A configured list of locales that cannot be used, with what is wrong in Italian and English. */
export class LocaleListError extends Error {
  constructor(it: string, en: string) {
    super(`${it} / ${en}`)
    this.name = 'LocaleListError'
  }
}

/**
 * Reads a configured list such as "it,en,ar": comma-separated codes, spaces and case ignored, repeats
 * dropped, Italian first whatever its place (it is the reference language). Throws on unknown codes,
 * naming them, and on a list without Italian.
 */
export function parseLocaleList(text: string): LocaleCode[] {
  const codes = [
    ...new Set(
      text
        .split(',')
        .map((code) => code.trim().toLowerCase())
        .filter((code) => code !== ''),
    ),
  ]
  const unknown = codes.filter((code) => !isLocaleCode(code))
  if (unknown.length > 0) {
    const names = unknown.map((code) => `"${code}"`).join(', ')
    const known = KNOWN_LOCALE_CODES.join(', ')
    throw new LocaleListError(`Lingue sconosciute: ${names} (lingue possibili: ${known})`, `unknown locales: ${names} (known locales: ${known})`)
  }
  if (!codes.includes(DEFAULT_LOCALE)) {
    throw new LocaleListError(`L'elenco delle lingue deve contenere l'italiano ("${DEFAULT_LOCALE}"): "${text}"`, `the list of locales must include Italian ("${DEFAULT_LOCALE}")`)
  }
  return [DEFAULT_LOCALE, ...(codes.filter((code) => code !== DEFAULT_LOCALE) as LocaleCode[])]
}

/** The direction of a locale's text, for `dir` attributes. */
export const directionOf = (locale: LocaleCode): TextDirection => KNOWN_LOCALES[locale].direction
