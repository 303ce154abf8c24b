import { describe, expect, it } from 'vitest'
import { SIGNUP_LIMITS, signupFieldErrors, type SignupFieldError, type SignupForm } from './signup-form.ts'

/** What the form posts when a citizen fills in only the required fields. */
const minimal = () => ({ name: 'Maria Rossi', email: 'maria.rossi@example.org', consent: true })

function errorsOf(input: unknown): Partial<Record<keyof SignupForm, SignupFieldError>> {
  const result = signupFieldErrors(input)
  if (result.ok) throw new Error('expected the form to be rejected')
  return result.errors
}

function dataOf(input: unknown): SignupForm {
  const result = signupFieldErrors(input)
  if (!result.ok) throw new Error(`expected the form to be accepted, got ${JSON.stringify(result.errors)}`)
  return result.data
}

/** A syntactically valid address of exactly `length` characters. */
function emailOfLength(length: number): string {
  const domain = '@example.org'
  const local = 'a'.repeat(60)
  const labels: string[] = []
  let rest = length - local.length - domain.length
  while (rest > 0) {
    const size = Math.min(60, rest - 1)
    labels.push(`${'b'.repeat(size)}.`)
    rest -= size + 1
  }
  const address = `${local}@${labels.join('')}${domain.slice(1)}`
  if (address.length !== length) throw new Error(`built an address of ${address.length} characters, not ${length}`)
  return address
}

describe('signupFieldErrors: a valid form', () => {
  it('accepts the required fields alone, in Italian by default', () => {
    expect(signupFieldErrors(minimal())).toEqual({
      ok: true,
      data: { name: 'Maria Rossi', email: 'maria.rossi@example.org', consent: true, locale: 'it' },
    })
  })

  it('lower-cases and trims the e-mail address and trims the name', () => {
    const data = dataOf({ ...minimal(), name: '  Maria Rossi \n', email: '  Maria.Rossi@Example.ORG  ' })
    expect(data.email).toBe('maria.rossi@example.org')
    expect(data.name).toBe('Maria Rossi')
  })

  it('keeps and trims the optional fields when given', () => {
    const data = dataOf({
      ...minimal(),
      phone: ' +39 02 1234567 ',
      organization: ' Comitato inquilini ',
      accessibilityNeeds: ' Sedia a rotelle ',
      locale: 'en',
    })
    expect(data).toEqual({
      name: 'Maria Rossi',
      email: 'maria.rossi@example.org',
      phone: '+39 02 1234567',
      organization: 'Comitato inquilini',
      accessibilityNeeds: 'Sedia a rotelle',
      consent: true,
      locale: 'en',
    })
  })

  it('turns empty or blank optional fields into undefined', () => {
    const data = dataOf({ ...minimal(), phone: '', organization: '   ', accessibilityNeeds: '' })
    expect(data.phone).toBeUndefined()
    expect(data.organization).toBeUndefined()
    expect(data.accessibilityNeeds).toBeUndefined()
  })

  it('accepts the usual ways of writing a phone number', () => {
    for (const phone of ['+39 02 1234567', '02 1234567', '02-1234567', '02/1234567', '347.123.4567', '3471234567', '+393471234567']) {
      expect(dataOf({ ...minimal(), phone }).phone).toBe(phone)
    }
  })
})

describe('signupFieldErrors: required fields', () => {
  it('asks for a missing name and e-mail address', () => {
    expect(errorsOf({ consent: true })).toEqual({ name: 'required', email: 'required' })
  })

  it('asks for a name or an address that is empty or only spaces', () => {
    expect(errorsOf({ ...minimal(), name: '' })).toEqual({ name: 'required' })
    expect(errorsOf({ ...minimal(), name: '   ' })).toEqual({ name: 'required' })
    expect(errorsOf({ ...minimal(), email: '' })).toEqual({ email: 'required' })
    expect(errorsOf({ ...minimal(), email: '   ' })).toEqual({ email: 'required' })
  })

  it('reports an error for each wrong field of an empty form', () => {
    expect(errorsOf({})).toEqual({ name: 'required', email: 'required', consent: 'consentRequired' })
  })

  it('rejects a submission that is not a form at all', () => {
    expect(signupFieldErrors(null).ok).toBe(false)
    expect(signupFieldErrors('maria@example.org').ok).toBe(false)
  })
})

describe('signupFieldErrors: lengths', () => {
  const textFields = ['name', 'phone', 'organization', 'accessibilityNeeds'] as const
  /** A value of `length` characters that is otherwise valid for the field. */
  const valueOfLength = (field: (typeof textFields)[number], length: number) => (field === 'phone' ? '0'.repeat(length) : 'x'.repeat(length))

  it.each(textFields)('accepts %s at its limit and reports tooLong one character over', (field) => {
    const limit = SIGNUP_LIMITS[field]
    expect(dataOf({ ...minimal(), [field]: valueOfLength(field, limit) })[field]).toHaveLength(limit)
    expect(errorsOf({ ...minimal(), [field]: valueOfLength(field, limit + 1) })).toEqual({ [field]: 'tooLong' })
  })

  it('accepts an e-mail address at its limit and reports tooLong one character over', () => {
    expect(dataOf({ ...minimal(), email: emailOfLength(SIGNUP_LIMITS.email) }).email).toHaveLength(SIGNUP_LIMITS.email)
    expect(errorsOf({ ...minimal(), email: emailOfLength(SIGNUP_LIMITS.email + 1) })).toEqual({ email: 'tooLong' })
  })

  it('uses the limits of the sign-up form', () => {
    expect(SIGNUP_LIMITS).toEqual({ name: 120, email: 254, phone: 40, organization: 200, accessibilityNeeds: 1000 })
  })

  it('does not count surrounding spaces towards the limit', () => {
    const name = `  ${'x'.repeat(SIGNUP_LIMITS.name)}  `
    expect(dataOf({ ...minimal(), name }).name).toHaveLength(SIGNUP_LIMITS.name)
  })
})

describe('signupFieldErrors: e-mail and phone', () => {
  it.each(['maria.rossi', 'maria@', '@example.org', 'maria rossi@example.org', 'maria@example', 'maria@@example.org'])('reports invalidEmail for %j', (email) => {
    expect(errorsOf({ ...minimal(), email })).toEqual({ email: 'invalidEmail' })
  })

  it.each(['(02) 1234567', '+39 (0)2 1234 5678', '333-123.4567'])('accepts the usual ways of writing a number: %j', (phone) => {
    expect(dataOf({ ...minimal(), phone }).phone).toBe(phone)
  })

  it.each(['abc', '123', '+39', 'tel. 02 1234567', '02 123 abc 4567'])('reports invalidPhone for %j', (phone) => {
    expect(errorsOf({ ...minimal(), phone })).toEqual({ phone: 'invalidPhone' })
  })

  it('reports tooLong, not invalidPhone, for an over-long number', () => {
    expect(errorsOf({ ...minimal(), phone: '0'.repeat(SIGNUP_LIMITS.phone + 1) })).toEqual({ phone: 'tooLong' })
  })
})

describe('signupFieldErrors: consent', () => {
  it('requires consent when it is missing', () => {
    const { consent: _, ...withoutConsent } = minimal()
    expect(errorsOf(withoutConsent)).toEqual({ consent: 'consentRequired' })
  })

  it('requires consent when it is false', () => {
    expect(errorsOf({ ...minimal(), consent: false })).toEqual({ consent: 'consentRequired' })
  })

  it('requires consent to be exactly true, not just any truthy value', () => {
    expect(errorsOf({ ...minimal(), consent: 'on' })).toEqual({ consent: 'consentRequired' })
  })
})

describe('signupFieldErrors: locale', () => {
  it('defaults to Italian', () => {
    expect(dataOf(minimal()).locale).toBe('it')
  })

  it('keeps English or Italian when chosen', () => {
    expect(dataOf({ ...minimal(), locale: 'en' }).locale).toBe('en')
    expect(dataOf({ ...minimal(), locale: 'it' }).locale).toBe('it')
  })

  it('rejects a locale the site does not have', () => {
    expect(errorsOf({ ...minimal(), locale: 'fr' })).toHaveProperty('locale')
    expect(errorsOf({ ...minimal(), locale: 'toString' })).toHaveProperty('locale')
  })

  it('keeps any locale the portal is configured for, and only those', () => {
    expect(signupFieldErrors({ ...minimal(), locale: 'ar' }, ['it', 'en', 'ar'])).toMatchObject({ ok: true, data: { locale: 'ar' } })
    expect(signupFieldErrors({ ...minimal(), locale: 'ar' }, ['it', 'en'])).toMatchObject({ ok: false, errors: { locale: 'required' } })
    expect(signupFieldErrors({ ...minimal(), locale: 'en' }, ['it'])).toMatchObject({ ok: false, errors: { locale: 'required' } })
  })
})

describe('signupFieldErrors: several problems at once', () => {
  it('reports each field with its own error code', () => {
    expect(
      errorsOf({
        name: 'x'.repeat(SIGNUP_LIMITS.name + 1),
        email: 'not-an-address',
        phone: 'call me',
        organization: 'x'.repeat(SIGNUP_LIMITS.organization + 1),
        consent: false,
      }),
    ).toEqual({ name: 'tooLong', email: 'invalidEmail', phone: 'invalidPhone', organization: 'tooLong', consent: 'consentRequired' })
  })
})
