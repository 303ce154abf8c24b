import { z } from 'zod'
import { DEFAULT_LOCALE, DEFAULT_PORTAL_LOCALES, parseLocaleList, type LocaleCode } from '../platform/locales.ts'

export const SIGNUP_LIMITS = { name: 120, email: 254, phone: 40, organization: 200, accessibilityNeeds: 1000 } as const

/** Error codes the sign-up form can show next to a field; the site translates them. */
export type SignupFieldError = 'required' | 'tooLong' | 'invalidEmail' | 'invalidPhone' | 'consentRequired'

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'tooLong' })
    .optional()
    .transform((v) => (v ? v : undefined))

/** What a citizen submits to sign up (the honeypot is checked before this), in one of the portal's `locales`. */
export const signupFormSchemaFor = (locales: readonly LocaleCode[]) =>
  z.object({
    name: z.string({ message: 'required' }).trim().min(1, { message: 'required' }).max(SIGNUP_LIMITS.name, { message: 'tooLong' }),
    email: z
      .string({ message: 'required' })
      .trim()
      .min(1, { message: 'required' })
      .max(SIGNUP_LIMITS.email, { message: 'tooLong' })
      .pipe(z.email({ message: 'invalidEmail' }))
      .transform((v) => v.toLowerCase()),
    phone: optionalText(SIGNUP_LIMITS.phone).refine((v) => v === undefined || /^[+\d(][\d\s./()-]{4,}$/.test(v), { message: 'invalidPhone' }),
    organization: optionalText(SIGNUP_LIMITS.organization),
    accessibilityNeeds: optionalText(SIGNUP_LIMITS.accessibilityNeeds),
    consent: z.literal(true, { message: 'consentRequired' }),
    /** The language of the page the person signed up on: their mails are written in it. */
    locale: z.enum(locales as [LocaleCode, ...LocaleCode[]]).default(DEFAULT_LOCALE),
  })

export type SignupForm = z.infer<ReturnType<typeof signupFormSchemaFor>>

/** Field → first error code, for re-rendering the form next to each field; a locale outside `locales` is an error. */
export function signupFieldErrors(
  input: unknown,
  locales: readonly LocaleCode[] = parseLocaleList(DEFAULT_PORTAL_LOCALES),
): { ok: true; data: SignupForm } | { ok: false; errors: Partial<Record<keyof SignupForm, SignupFieldError>> } {
  const result = signupFormSchemaFor(locales).safeParse(input)
  if (result.success) return { ok: true, data: result.data }
  const errors: Partial<Record<keyof SignupForm, SignupFieldError>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof SignupForm
    if (field && !errors[field])
      errors[field] = (['required', 'tooLong', 'invalidEmail', 'invalidPhone', 'consentRequired'].includes(issue.message) ? issue.message : 'required') as SignupFieldError
  }
  return { ok: false, errors }
}
