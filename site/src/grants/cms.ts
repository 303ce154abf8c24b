import { z } from 'zod'
import { publicGrantSchema, type PublicGrant } from '@quartieri/shared/grants/grant'
import { fetchLocalised, published } from '../platform/cms.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'

/** Every published grant call with its awards (beneficiaries, projects and neighbourhoods named), newest year first. */
export async function listGrants(locale: SiteLocale): Promise<PublicGrant[]> {
  const result = await fetchLocalised('/api/grants', { ...published, sort: '-year', pagination: 'false', depth: '1' }, z.object({ docs: z.array(publicGrantSchema) }), locale)
  return result.docs
}
