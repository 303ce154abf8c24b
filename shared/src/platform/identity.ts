import { z } from 'zod'
import { absoluteHttpUrl } from './env-schema.ts'

/*
 * The city's identity: who runs the portal, how to reach them, where the accessibility statement is, who
 * publishes the open data. Stored in the settings global; set on the first start from CITY_* variables or from an
 * import file's `settings` block, then by administrators in the admin. Nothing of it is written in the code.
 */

/** A full http(s) address, the same rule as the CITY_* variables' (env-schema's absoluteHttpUrl). */
const webAddress = z
  .string()
  .trim()
  .max(500)
  .refine((value) => absoluteHttpUrl(value) !== undefined, 'deve essere un indirizzo http(s) completo / must be a full http(s) address')

/** The identity fields as an import file or the first start gives them; every one optional. */
export const cityIdentitySchema = z.strictObject({
  cityName: z.string().trim().min(1).max(120).optional(),
  portalName: z.string().trim().min(1).max(80).optional(),
  contactEmail: z.email().optional(),
  contactPhone: z.string().trim().min(1).max(40).optional(),
  contactAddress: z.string().trim().min(1).max(200).optional(),
  pec: z.email().optional(),
  website: webAddress.optional(),
  accessibilityStatementUrl: webAddress.optional(),
  openDataPublisher: z.string().trim().min(1).max(200).optional(),
  dpoName: z.string().trim().min(1).max(200).optional(),
  dpoEmail: z.email().optional(),
})

export type CityIdentity = z.infer<typeof cityIdentitySchema>

/** The environment variable of each identity field, read on the first start. */
export const IDENTITY_VARIABLES = {
  cityName: 'CITY_NAME',
  portalName: 'PORTAL_NAME',
  contactEmail: 'CITY_EMAIL',
  contactPhone: 'CITY_PHONE',
  contactAddress: 'CITY_ADDRESS',
  pec: 'CITY_PEC',
  website: 'CITY_WEBSITE',
  accessibilityStatementUrl: 'CITY_ACCESSIBILITY_STATEMENT_URL',
  openDataPublisher: 'CITY_OPEN_DATA_PUBLISHER',
  dpoName: 'CITY_DPO_NAME',
  dpoEmail: 'CITY_DPO_EMAIL',
} as const satisfies Record<keyof CityIdentity, string>

/**
 * Who publishes the open data (the `fonte` of every export): the publisher the settings name, else the city,
 * else the portal. Never a city that is not this one.
 */
export function openDataPublisher(settings: { openDataPublisher?: string | null; cityName?: string | null; portalName?: string | null }): string {
  return settings.openDataPublisher?.trim() || settings.cityName?.trim() || settings.portalName?.trim() || 'Quartieri'
}
