import { z } from 'zod'

/* Building blocks of the public records' schemas, as the CMS's REST API gives them. */

/** A document id: a number on SQLite, a string on MongoDB. */
export const id = z.union([z.number(), z.string()])
/** A populated relation with what pages show of it. */
export const named = z.object({ id, slug: z.string(), name: z.string().optional(), title: z.string().optional() })
/** A relation, populated or as its id. */
export const ref = z.union([named, id])
/** An amount in euro, when given. */
export const money = z.number().nullish()
