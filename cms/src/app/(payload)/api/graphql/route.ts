import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardGraphql } from '../../../../platform/http/route-guard.ts'

// Malformed bodies and documents get a 400 before the schema runs them (src/platform/http/route-guard.ts).
export const POST = guardGraphql(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
