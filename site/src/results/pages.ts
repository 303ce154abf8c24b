import type { PublicResult } from '@quartieri/shared/results/result'
import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { formatEuro, formatInteger, type Locale } from '@quartieri/shared/platform/dates'
import { getResult, listResults } from './cms.ts'
import { neighbourhoodOptions, type NeighbourhoodOption } from '../neighbourhoods/cms.ts'
import type { Page } from '../platform/cms.ts'
import { withSettings } from '../platform/page-data.ts'
import { copyLang } from '../platform/i18n/content.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'

export const RESULTS_PER_PAGE = 12

/** The parameter that made the list's URL unreadable. */
export type ResultFilterError = 'quartiere' | 'pagina'

type Loaded<T> = { status: 200; settings: PublicSettings; data: T } | { status: 400 | 404 | 503; settings: PublicSettings | null; param?: ResultFilterError }

const guarded = <T>(load: (settings: PublicSettings) => Promise<Loaded<T>>): Promise<Loaded<T>> => withSettings(load)

export interface ResultFilters {
  page: number
  neighbourhood?: string
}

/** `?quartiere=…&pagina=…`: empty values mean "any" and page 1; returns the first malformed parameter instead. */
export function resultFilters(params: URLSearchParams): ResultFilters | { error: ResultFilterError } {
  const neighbourhood = params.get('quartiere')?.trim() || undefined
  if (neighbourhood !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(neighbourhood)) return { error: 'quartiere' }
  if (neighbourhood !== undefined && neighbourhood.length > 120) return { error: 'quartiere' }
  const pageRaw = params.get('pagina')?.trim() || '1'
  if (!/^\d{1,5}$/.test(pageRaw) || Number(pageRaw) < 1) return { error: 'pagina' }
  return { page: Number(pageRaw), neighbourhood }
}

export interface ResultListData {
  results: Page<PublicResult>
  filters: ResultFilters
  neighbourhoods: NeighbourhoodOption[]
}

/** The results list: its filters from the URL (a malformed one is a 400 naming it), a page of publications, the neighbourhoods. */
export function loadResultList(url: URL, locale: SiteLocale): Promise<Loaded<ResultListData>> {
  return guarded<ResultListData>(async (settings) => {
    const filters = resultFilters(url.searchParams)
    if ('error' in filters) return { status: 400, settings, param: filters.error }
    const [results, neighbourhoods] = await Promise.all([
      listResults({ page: filters.page, perPage: RESULTS_PER_PAGE, neighbourhood: filters.neighbourhood }, locale),
      neighbourhoodOptions(),
    ])
    if (filters.page > 1 && filters.page > results.totalPages) return { status: 404, settings }
    return { status: 200, settings, data: { results, filters, neighbourhoods } }
  })
}

export interface ResultPageData {
  result: PublicResult
}

/** A published results publication by slug; anything else is a 404. */
export function loadResult(slug: string | undefined, locale: SiteLocale): Promise<Loaded<ResultPageData>> {
  return guarded<ResultPageData>(async (settings) => {
    const result = slug ? await getResult(slug, locale) : null
    if (!result) return { status: 404, settings }
    return { status: 200, settings, data: { result } }
  })
}

const decimals: Record<Locale, Intl.NumberFormat> = {
  it: new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2, useGrouping: 'always' }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, useGrouping: 'always' }),
}

/** A key figure with its unit: "94.000 €", "45%", "1.250 m²", "3,5 ore"; a bare number without one. */
export function formatFigure(value: number, unit: string | null | undefined, locale: Locale): string {
  const u = unit?.trim()
  if (u === '€' || u?.toUpperCase() === 'EUR' || u?.toLowerCase() === 'euro') return formatEuro(value, locale)
  const number = Number.isInteger(value) ? formatInteger(value, locale) : decimals[locale].format(value)
  if (!u) return number
  return u === '%' ? `${number}%` : `${number} ${u}`
}

/** A file size for a download link: "12 KB", "1,4 MB". */
export function formatFileSize(bytes: number | null | undefined, locale: Locale): string {
  if (!bytes) return ''
  if (bytes < 1024 * 1024) return `${formatInteger(Math.max(1, Math.round(bytes / 1024)), locale)} KB`
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`
}

/** A short name for a file's type: "PDF", "DOCX", "CSV"; from the MIME type, else the file name's extension. */
export function fileType(mimeType: string | null | undefined, filename: string | null | undefined): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/msword': 'DOC',
    'application/vnd.oasis.opendocument.text': 'ODT',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
    'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
    'text/csv': 'CSV',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
  }
  if (mimeType && known[mimeType]) return known[mimeType]
  const extension = filename?.match(/\.([a-z0-9]{1,5})$/i)?.[1]
  if (extension) return extension.toUpperCase()
  return mimeType ?? ''
}

export interface Download {
  url: string
  label: string
  type: string
  size: string
}

/** The downloadable files of a list of attachments (unpublished or missing files left out). */
export function downloads(
  items: ReadonlyArray<{ file?: unknown; label?: string | null }> | null | undefined,
  fileUrl: (path: string | null | undefined) => string | null,
  locale: Locale,
): Download[] {
  return (items ?? []).flatMap((item) => {
    const file =
      typeof item.file === 'object' && item.file !== null
        ? (item.file as { url?: string | null; filename?: string | null; mimeType?: string | null; filesize?: number | null })
        : null
    const url = fileUrl(file?.url)
    if (!file || !url) return []
    const download = { url, label: item.label?.trim() || file.filename || url, type: fileType(file.mimeType, file.filename), size: formatFileSize(file.filesize, locale) }
    if (item.label?.trim()) copyLang(item, 'label', download, 'label')
    return [download]
  })
}
