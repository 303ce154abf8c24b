import { findNodeAtLocation, parseTree, type ParseError, parse, printParseErrorCode } from 'jsonc-parser'
import { z } from 'zod'
import { importIssueMessage } from './import-messages.ts'
import { cityIdentitySchema } from './identity.ts'
import { DEFAULT_PORTAL_LOCALES, parseLocaleList, type LocaleCode } from './locales.ts'
import { eventRecordSchemaFor } from '../events/import-record.ts'
import { laboratoryRecordSchemaFor } from '../laboratories/import-record.ts'
import { neighbourhoodRecordSchemaFor } from '../neighbourhoods/import-record.ts'
import { pactRecordSchemasFor } from '../pacts/import-record.ts'
import { transparencyRecordSchemasFor } from '../results/import-record.ts'

export const IMPORT_FORMAT = 'quartieri-import'
export const IMPORT_VERSION = 1

/** The whole import file; every collection is optional, records are keyed by slug; texts in the portal's `locales`. */
export function importFileSchemaFor(locales: readonly LocaleCode[]) {
  const pacts = pactRecordSchemasFor(locales)
  const transparency = transparencyRecordSchemasFor(locales)
  return z.strictObject({
    format: z.literal(IMPORT_FORMAT),
    version: z.literal(IMPORT_VERSION),
    /** The city's identity (name, contacts, accessibility statement, open data publisher), written over the settings. */
    settings: cityIdentitySchema.optional(),
    neighbourhoods: z.array(neighbourhoodRecordSchemaFor(locales)).optional(),
    laboratories: z.array(laboratoryRecordSchemaFor(locales)).optional(),
    events: z.array(eventRecordSchemaFor(locales)).optional(),
    organizations: z.array(pacts.organization).optional(),
    pacts: z.array(pacts.pact).optional(),
    results: z.array(transparency.result).optional(),
    grants: z.array(transparency.grant).optional(),
  })
}

export type ImportFile = z.infer<ReturnType<typeof importFileSchemaFor>>

/** One problem in an import file: where it is (JSON path and line) and what is wrong. */
export interface ImportProblem {
  path: string
  line?: number
  column?: number
  message: string
}

export type ImportValidation = { ok: true; data: ImportFile } | { ok: false; problems: ImportProblem[] }

function pathToString(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(radice / root)' : out
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return { line, column }
}

/**
 * Validates the text of an import file as a whole: JSON syntax, the schema of every record (translations
 * only in the portal's `locales`), and slugs unique within each collection. Returns every problem found, each with its location.
 */
export function validateImportText(rawText: string, locales: readonly LocaleCode[] = parseLocaleList(DEFAULT_PORTAL_LOCALES)): ImportValidation {
  // Editors on Windows may save a byte-order mark, which is not JSON.
  const text = rawText.replace(/^\uFEFF/, '')
  const syntaxErrors: ParseError[] = []
  const json: unknown = parse(text, syntaxErrors, { allowTrailingComma: false, disallowComments: true })
  if (syntaxErrors.length > 0) {
    return {
      ok: false,
      problems: syntaxErrors.map((e) => ({
        path: '(sintassi JSON / JSON syntax)',
        ...lineAndColumn(text, e.offset),
        message: `JSON non valido: ${printParseErrorCode(e.error)} / invalid JSON`,
      })),
    }
  }
  const tree = parseTree(text)
  const locate = (path: readonly PropertyKey[]) => {
    let node = tree
      ? findNodeAtLocation(
          tree,
          path.filter((k): k is string | number => typeof k !== 'symbol'),
        )
      : undefined
    // A missing key has no node of its own: point at the nearest enclosing one.
    for (let depth = path.length - 1; !node && depth >= 0 && tree; depth--) {
      node = findNodeAtLocation(
        tree,
        path.slice(0, depth).filter((k): k is string | number => typeof k !== 'symbol'),
      )
    }
    return node ? lineAndColumn(text, node.offset) : {}
  }

  const result = importFileSchemaFor(locales).safeParse(json, { error: importIssueMessage })
  const problems: ImportProblem[] = []
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ path: pathToString(issue.path), ...locate(issue.path), message: issue.message })
    }
  }
  // Checked on the raw records too, so a repeated slug is reported alongside every other problem.
  for (const collection of ['neighbourhoods', 'laboratories', 'events', 'organizations', 'pacts', 'results', 'grants'] as const) {
    const records = (json as Record<string, unknown> | null)?.[collection]
    if (!Array.isArray(records)) continue
    const seen = new Map<string, number>()
    for (const [index, record] of (records as unknown[]).entries()) {
      const slug = (record as { slug?: unknown } | null)?.slug
      if (typeof slug !== 'string') continue
      const first = seen.get(slug)
      if (first === undefined) {
        seen.set(slug, index)
        continue
      }
      const path = [collection, index, 'slug']
      problems.push({ path: pathToString(path), ...locate(path), message: `Slug "${slug}" ripetuto (già usato in ${collection}[${first}]) / duplicate slug` })
    }
  }
  // Pact codes are unique too, and so are project slugs across every pact of the file.
  const pacts = (json as Record<string, unknown> | null)?.pacts
  if (Array.isArray(pacts)) {
    const codes = new Map<string, number>()
    const projects = new Map<string, string>()
    pacts.forEach((pact: unknown, index) => {
      const { code, projects: list } = (pact ?? {}) as { code?: unknown; projects?: unknown }
      if (typeof code === 'string') {
        const first = codes.get(code)
        if (first === undefined) codes.set(code, index)
        else
          problems.push({
            path: pathToString(['pacts', index, 'code']),
            ...locate(['pacts', index, 'code']),
            message: `Codice "${code}" ripetuto (già usato in pacts[${first}]) / duplicate code`,
          })
      }
      if (!Array.isArray(list)) return
      list.forEach((project: unknown, p) => {
        const slug = (project as { slug?: unknown } | null)?.slug
        if (typeof slug !== 'string') return
        const path = ['pacts', index, 'projects', p, 'slug']
        const first = projects.get(slug)
        if (first === undefined) projects.set(slug, pathToString(path))
        else problems.push({ path: pathToString(path), ...locate(path), message: `Slug "${slug}" ripetuto (già usato in ${first}) / duplicate slug` })
      })
    })
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems }
  return { ok: true, data: result.data }
}

/** "neighbourhoods[1].figures.inhabitants (riga 12, colonna 24): …" */
export function formatProblem(problem: ImportProblem): string {
  const where = problem.line ? ` (riga ${problem.line}, colonna ${problem.column})` : ''
  return `${problem.path}${where}: ${problem.message}`
}
