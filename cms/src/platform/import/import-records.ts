import { createHash } from 'node:crypto'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { ImportFile } from '@quartieri/shared/platform/import-file'
import { purgeSite } from '../cache/purge-site.ts'
import { DEFAULT_LOCALE, type LocaleCode } from '@quartieri/shared/platform/locales'
import { dataInLocale, translated, translationLocales, writeTranslations } from './translations.ts'
import { importParts } from './parts.ts'

export type RecordOutcome = 'created' | 'updated' | 'unchanged'

export interface ImportReport {
  created: number
  updated: number
  unchanged: number
  /** Set when a site was told: whether it confirmed it reloads what it shows (else it catches up within its index TTL). */
  sitePurged?: boolean
  /** Set when the file's settings block changed the site settings (the city's identity). */
  settingsUpdated?: boolean
}

export type Importable = 'neighbourhoods' | 'laboratories' | 'events' | 'organizations' | 'pacts' | 'projects' | 'results' | 'grants'

/** The portal's locales, as Payload was configured with them. */
const localesOf = (payload: Payload): LocaleCode[] => (payload.config.localization ? (payload.config.localization.localeCodes as LocaleCode[]) : [DEFAULT_LOCALE])

/**
 * Writes a record's document: in Italian first, then its translations locale by locale. A new document
 * gets the translations the record has; an updated one gets every locale, so a translation the record
 * no longer has is cleared.
 */
export async function writeDocument(
  payload: Payload,
  req: PayloadRequest,
  collection: Importable | 'indicators',
  current: { id: number | string } | undefined,
  data: Record<string, unknown>,
  draft: boolean,
): Promise<void> {
  const italian = dataInLocale(data, DEFAULT_LOCALE) as never
  const written = current
    ? await payload.update({ collection, id: current.id, data: italian, locale: DEFAULT_LOCALE, draft, req, overrideAccess: true, depth: 0 })
    : await payload.create({ collection, data: italian, locale: DEFAULT_LOCALE, draft, req, overrideAccess: true, depth: 0 })
  const portal = localesOf(payload)
  const locales = current ? portal : [...translationLocales(data)].filter((locale) => portal.includes(locale))
  await writeTranslations(payload, req, collection, written as unknown as { id: number | string }, data, locales, draft)
}

/** Creates the document with this slug, updates it when the record changed, leaves it alone otherwise. */
export async function upsertBySlug(
  payload: Payload,
  req: PayloadRequest,
  collection: Importable,
  data: { slug: string; importFingerprint: string } & Record<string, unknown>,
  draft: boolean,
): Promise<RecordOutcome> {
  const existing = await payload.find({ collection, where: { slug: { equals: data.slug } }, draft: true, limit: 1, depth: 0, locale: DEFAULT_LOCALE, req, overrideAccess: true })
  const current = existing.docs[0]
  if (current && current.importFingerprint === data.importFingerprint) return 'unchanged'
  await writeDocument(payload, req, collection, current, data, draft)
  return current ? 'updated' : 'created'
}

export type ImportProgress = (event: { collection: string; slug: string; outcome: RecordOutcome; index: number; total: number }) => void

export function fingerprint(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex')
}

export type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

/** Paragraphs of Markdown, in each locale the record gives, as the rich text staff edit in the admin. */
export const richText = (editorConfig: EditorConfig, paragraphs: Parameters<typeof translated<string[]>>[0]) =>
  translated(paragraphs, (list) => convertMarkdownToLexical({ editorConfig, markdown: list.join('\n\n') }))

/** A calendar date kept at midday UTC, so it is the same day in Rome. */
export const day = (value: string | undefined) => (value ? `${value}T12:00:00.000Z` : null)
export type Id = number | string
/** The id of the document a record names by slug; a missing one is noted as a problem (and 0 returned). */
export type Lookup = (kind: string, slug: string, path: string) => Id

/** A record that names something that does not exist (e.g. a lab's neighbourhood): nothing is imported. */
export class ImportReferenceError extends Error {
  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
    this.name = 'ImportReferenceError'
  }
}

const REFERENCE_NAMES: Record<string, { it: string; en: string }> = {
  neighbourhoods: { it: 'Quartiere', en: 'neighbourhood' },
  projects: { it: 'Progetto', en: 'project' },
  laboratories: { it: 'Laboratorio', en: 'laboratory' },
  organizations: { it: 'Organizzazione', en: 'organization' },
  pacts: { it: 'Patto', en: 'pact' },
}

/** The problem of a record naming a document that does not exist, in Italian and English. */
export function unknownReference(kind: string, slug: string, path: string): { path: string; message: string } {
  return { path, message: `${REFERENCE_NAMES[kind]?.it ?? kind} "${slug}" inesistente / unknown ${REFERENCE_NAMES[kind]?.en ?? kind}` }
}

type Referenced = 'neighbourhoods' | 'laboratories' | 'organizations' | 'pacts' | 'projects'

/**
 * What a domain's part of an import works with: the transaction's request, the rich-text editor, the report
 * and progress, and the documents already in the database (drafts too) that records name by slug.
 */
export interface ImportContext {
  payload: Payload
  req: PayloadRequest
  editorConfig: EditorConfig
  file: ImportFile
  /** Counts a record's outcome and tells the progress callback. */
  record(collection: string, slug: string, outcome: RecordOutcome): void
  /** Counts an outcome that has no progress line of its own (an indicator). */
  count(outcome: RecordOutcome): void
  /** Notes that the settings changed: the site is told, as after a record. */
  settingsChanged(): void
  /** The ids of the documents of a collection with these slugs, remembered for the rest of the import. */
  load(collection: Referenced, slugs: readonly string[]): Promise<Map<string, Id>>
  /** A lookup over what `load` found, with the problems it met. */
  references(): { ref: Lookup; problems: Array<{ path: string; message: string }> }
}

/** A domain's part of an import: how many records of the file it writes (for progress), and how it writes them. */
export interface ImportPart {
  name: string
  count(file: ImportFile): number
  run(context: ImportContext): Promise<void>
}

/**
 * Writes a validated import file in one transaction: each domain's part in turn (neighbourhoods before what
 * is in them, organizations before the pacts they sign…), each record created or updated by slug and left
 * alone when it is unchanged since the last import. Any failure rolls everything back.
 */
export async function importRecords(payload: Payload, file: ImportFile, onProgress?: ImportProgress): Promise<ImportReport> {
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0 }
  const req = await createLocalReq({ context: { skipSitePurge: true } }, payload)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const ownsTransaction = await initTransaction(req)
  const parts = importParts()
  const total = parts.reduce((n, part) => n + part.count(file), 0)
  let index = 0
  const known = new Map<Referenced, Map<string, Id>>()
  const context: ImportContext = {
    payload,
    req,
    editorConfig,
    file,
    record(collection, slug, outcome) {
      report[outcome]++
      onProgress?.({ collection, slug, outcome, index: index++, total })
    },
    count(outcome) {
      report[outcome]++
    },
    settingsChanged() {
      report.settingsUpdated = true
    },
    async load(collection, slugs) {
      let ids = known.get(collection)
      if (!ids) {
        ids = new Map()
        known.set(collection, ids)
      }
      const wanted = [...new Set(slugs)].filter((s) => !ids.has(s))
      if (wanted.length > 0) {
        const found = await payload.find({
          collection,
          where: { slug: { in: wanted } },
          draft: true,
          depth: 0,
          pagination: false,
          req,
          overrideAccess: true,
          select: { slug: true },
        })
        for (const doc of found.docs) ids.set(doc.slug as string, doc.id)
      }
      return new Map(slugs.flatMap((s) => (ids.has(s) ? [[s, ids.get(s)!] as const] : [])))
    },
    references() {
      const problems: Array<{ path: string; message: string }> = []
      const ref: Lookup = (kind, slug, path) => {
        const id = known.get(kind as Referenced)?.get(slug)
        if (id === undefined) problems.push(unknownReference(kind, slug, path))
        return id ?? 0
      }
      return { ref, problems }
    },
  }
  try {
    for (const part of parts) await part.run(context)
    if (ownsTransaction) await commitTransaction(req)
  } catch (err) {
    if (ownsTransaction) await killTransaction(req)
    throw err
  }
  if (report.created + report.updated > 0 || report.settingsUpdated) {
    const purged = await purgeSite(payload, 'import', { reloadEvents: true, reloadPacts: true }, { attempts: 3, timeoutMs: 30_000 })
    if (purged !== null) report.sitePurged = purged
  }
  return report
}
