import { z } from 'zod'
import { publicGrantSchema, type PublicGrant } from '@quartieri/shared/grants/grant'
import { fetchValidated, published } from '../platform/cms.ts'

/** Every published grant call with its awards (beneficiaries, projects and neighbourhoods named), newest year first. */
export async function listGrants(): Promise<PublicGrant[]> {
  const result = await fetchValidated('/api/grants', { ...published, sort: '-year', pagination: 'false', depth: '1' }, z.object({ docs: z.array(publicGrantSchema) }))
  return result.docs
}
