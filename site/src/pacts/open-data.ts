import { openDataPublisher } from '@quartieri/shared/platform/identity'
import { badParameterMessage, DICTIONARY_PATH, type PactTranslation } from '@quartieri/shared/pacts/open-data'
import { DEFAULT_LOCALE, type LocaleCode } from '@quartieri/shared/platform/locales'
import { pactFilters, type PactFilters } from '@quartieri/shared/pacts/registry'
import { localePath, type SiteLocale } from '../platform/i18n/index.ts'
import { getSettings } from '../platform/cms.ts'
import { getPact, publishedPactDocs, searchPacts, type IndexedPact } from './pact-index.ts'
import { CONTENT_LOCALES, isLocaleMap } from '../platform/i18n/content.ts'
import { siteUrl } from '../platform/site-url.ts'

/*
 * The registry's open data: what /patti.csv, /patti.json and /patti/{slug}.json share (filters,
 * errors, headers); not a route. Bad parameters are a 400 naming them in Italian and English, a CMS
 * that cannot be reached a 503; never a 5xx for what the client sent.
 */

/** The data dictionary's absolute URL, in the request's language (`locals.locale`). */
export function dictionaryUrl(locale: SiteLocale): string {
  return siteUrl(localePath(locale, DICTIONARY_PATH))
}

/** Headers of every open-data answer: the dictionary describes it, and any site may read it. */
export function openDataHeaders(locale: SiteLocale, contentType: string): Record<string, string> {
  return { 'content-type': contentType, link: `<${dictionaryUrl(locale)}>; rel="describedby"`, 'access-control-allow-origin': '*' }
}

/** A JSON error in both languages, never cached. */
export function jsonError(status: number, it: string, en: string, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errore: it, error: en, ...extra }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*' },
  })
}

/** A plain-text error in both languages (for the CSV), never cached. */
export function textError(status: number, it: string, en: string): Response {
  return new Response(`${it}\n${en}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
}

export const UNAVAILABLE = { it: 'Dati momentaneamente non disponibili: riprova tra qualche minuto.', en: 'Data temporarily unavailable: please try again in a few minutes.' }

/** The registry's filters from the query, `pagina` left out (an export has every match), or the malformed parameter. */
export function exportFilters(url: URL): Omit<PactFilters, 'page'> | { error: string; message: { it: string; en: string } } {
  const params = new URLSearchParams(url.searchParams)
  params.delete('pagina')
  const filters = pactFilters(params)
  if ('error' in filters) return { error: filters.error, message: badParameterMessage(filters.error) }
  return filters
}

/** The locales of the translated columns: the portal's, Italian (the reference, in the base columns) left out by the export. */
export const EXPORT_LOCALES: readonly LocaleCode[] = CONTENT_LOCALES

/** A pact with its texts in the portal's other locales, as the translated columns want them. */
export type ExportedPact = IndexedPact & { translations: Partial<Record<LocaleCode, PactTranslation>> }

/** A text of one locale as the CMS gave it, never the Italian one in its place: null where it is not translated. */
const own = (value: unknown, locale: string): string | null => {
  if (!isLocaleMap(value)) return null
  const text = value[locale]
  return typeof text === 'string' && text.trim() !== '' ? text : null
}

/** Adds to Italian pacts their translations, from the records the index read in every locale. */
async function withTranslations(entries: IndexedPact[]): Promise<ExportedPact[]> {
  const { pacts } = await publishedPactDocs()
  const raw = new Map(pacts.map((doc) => [String(doc.in(DEFAULT_LOCALE).id), doc.raw as Record<string, unknown>]))
  return entries.map((entry) => {
    const doc = raw.get(String(entry.pact.id))
    const translations = Object.fromEntries(
      EXPORT_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => [
        locale,
        { title: own(doc?.title, locale), summary: own(doc?.summary, locale), objectivesText: own(doc?.objectivesText, locale) },
      ]),
    )
    return { ...entry, translations }
  })
}

/** Every published pact matching the filters, in the registry's order, in Italian with its translations. */
export const matchingPacts = async (filters: Omit<PactFilters, 'page'>, now: Date): Promise<ExportedPact[]> =>
  withTranslations((await searchPacts(filters, DEFAULT_LOCALE, null, now)).docs)

/** A published pact by slug, in Italian with its translations, or null. */
export async function pactBySlug(slug: string): Promise<ExportedPact | null> {
  const entry = await getPact(slug, DEFAULT_LOCALE)
  return entry ? (await withTranslations([entry]))[0]! : null
}

/** Who publishes the data, for the `fonte` field. */
export async function source(): Promise<string> {
  const settings = await getSettings()
  return openDataPublisher(settings)
}
