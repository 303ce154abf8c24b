import { z } from 'zod'

/*
 * What an import file's checker says about a value that does not fit, in Italian then English, in words a person
 * who writes the file understands ("un numero", not "number"). Schemas that give their own message keep it; this
 * covers the checks zod makes by itself.
 */

type Words = { it: string; en: string }

const KINDS: Record<string, Words> = {
  string: { it: 'un testo', en: 'a text' },
  number: { it: 'un numero', en: 'a number' },
  int: { it: 'un numero intero', en: 'a whole number' },
  boolean: { it: 'true o false', en: 'true or false' },
  array: { it: 'un elenco', en: 'a list' },
  object: { it: 'un oggetto', en: 'an object' },
  null: { it: 'null', en: 'null' },
  undefined: { it: 'niente (il campo manca)', en: 'nothing (the field is missing)' },
  date: { it: 'una data', en: 'a date' },
}
const kind = (name: string): Words => KINDS[name] ?? { it: name, en: name }

/** The kind of a value as the file holds it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** What a minimum or maximum of each kind of value measures. */
const MEASURES: Record<string, Words> = {
  string: { it: 'caratteri', en: 'characters' },
  array: { it: 'elementi', en: 'items' },
  set: { it: 'elementi', en: 'items' },
  file: { it: 'byte', en: 'bytes' },
}

const both = (words: Words) => `${words.it} / ${words.en}`
const listed = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ')

function bound(issue: { origin?: string; inclusive?: boolean }, limit: unknown, small: boolean): string {
  const measure = issue.origin ? MEASURES[issue.origin] : undefined
  if (measure) {
    return small
      ? both({ it: `servono almeno ${String(limit)} ${measure.it}`, en: `needs at least ${String(limit)} ${measure.en}` })
      : both({ it: `sono ammessi al massimo ${String(limit)} ${measure.it}`, en: `allows at most ${String(limit)} ${measure.en}` })
  }
  const inclusive = issue.inclusive !== false
  if (small)
    return both(
      inclusive
        ? { it: `deve essere almeno ${String(limit)}`, en: `must be at least ${String(limit)}` }
        : { it: `deve essere maggiore di ${String(limit)}`, en: `must be greater than ${String(limit)}` },
    )
  return both(
    inclusive
      ? { it: `deve essere al massimo ${String(limit)}`, en: `must be at most ${String(limit)}` }
      : { it: `deve essere minore di ${String(limit)}`, en: `must be less than ${String(limit)}` },
  )
}

const english = z.locales.en().localeError
const italian = z.locales.it().localeError
const text = (answer: ReturnType<typeof english>) => (typeof answer === 'string' ? answer : (answer?.message ?? ''))

/** zod's error function for import files: every message in Italian and English. */
export function importIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = kind(String(issue.expected))
      if (issue.input === undefined) return both({ it: `manca: serve ${expected.it}`, en: `missing: expected ${expected.en}` })
      const received = kind(kindOf(issue.input))
      return both({ it: `serve ${expected.it}, c'è ${received.it}`, en: `expected ${expected.en}, got ${received.en}` })
    }
    case 'too_small':
      return bound(issue, issue.minimum, true)
    case 'too_big':
      return bound(issue, issue.maximum, false)
    case 'invalid_value':
      return issue.values.length === 1
        ? both({ it: `deve essere ${listed(issue.values)}`, en: `must be ${listed(issue.values)}` })
        : both({ it: `deve essere uno tra ${listed(issue.values)}`, en: `must be one of ${listed(issue.values)}` })
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? both({ it: `chiave non prevista: ${listed(issue.keys)}`, en: `unknown key: ${listed(issue.keys)}` })
        : both({ it: `chiavi non previste: ${listed(issue.keys)}`, en: `unknown keys: ${listed(issue.keys)}` })
    case 'invalid_format':
      return issue.format === 'email'
        ? both({ it: 'deve essere un indirizzo e-mail', en: 'must be an e-mail address' })
        : both({ it: `formato non valido (${issue.format})`, en: `invalid format (${issue.format})` })
    default:
      return `${text(italian(issue))} / ${text(english(issue))}`
  }
}
