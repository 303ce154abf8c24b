import { defaultLoggerOptions, NotFound, type Access, type CollectionConfig, type CollectionSlug, type Config, type Endpoint, type Plugin, type PayloadRequest } from 'payload'
import { answerClientErrors, isClientError } from './client-error-answers.ts'
import { ClientError, languageOfRequest } from './client-errors.ts'
import { checkOperationInput } from './query-guard.ts'

/** Whether a file of an upload collection exists under that name (the original or one of its sizes), drafts included. */
async function fileExists(req: PayloadRequest, collection: CollectionConfig, filename: string): Promise<boolean> {
  const sizes = typeof collection.upload === 'object' ? (collection.upload.imageSizes ?? []) : []
  const where = { or: [{ filename: { equals: filename } }, ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } }))] }
  const found = await req.payload.db.findOne({ collection: collection.slug as CollectionSlug, req, where })
  if (found) return true
  if (!collection.versions) return false
  const drafts = await req.payload.db.queryDrafts({
    collection: collection.slug as CollectionSlug,
    limit: 1,
    req,
    where: { or: where.or.map((w) => Object.fromEntries(Object.entries(w).map(([k, v]) => [`version.${k}`, v]))) },
  })
  return drafts.docs.length > 0
}

/** `/api/<upload>/file/<missing>` answers 404 rather than the 403 meant for files that exist but are not public. */
function missingFilesAreNotFound(collection: CollectionConfig): CollectionConfig {
  if (!collection.upload) return collection
  const read: Access | undefined = collection.access?.read
  return {
    ...collection,
    access: {
      ...collection.access,
      read: async (args) => {
        const filename = (args.data as { filename?: unknown } | undefined)?.filename
        if (args.isReadingStaticFile && typeof filename === 'string' && !(await fileExists(args.req, collection, filename))) throw new NotFound(args.req.t)
        return read ? read(args) : Boolean(args.req.user)
      },
    },
  }
}

/** An auth collection without e-mail verification has no verification tokens: its verify address is not found. */
function withoutVerification(collection: CollectionConfig): CollectionConfig {
  const verifies = typeof collection.auth === 'object' && Boolean(collection.auth.verify)
  if (!collection.auth || verifies) return collection
  const notFound: Endpoint = {
    path: '/verify/:token',
    method: 'post',
    handler: (req) => {
      throw new ClientError('not-found', languageOfRequest(req), 404)
    },
  }
  return { ...collection, endpoints: [...(collection.endpoints || []), notFound] }
}

/**
 * Hostile input never gets a 5xx: every collection and global checks the ids, filters, sort, paging, depth and
 * locale a client sends before anything reaches the database; client-caused errors are answered with a 4xx in
 * the request's language and logged in one line, server faults keep their full log.
 */
export const inputGuardPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    withoutVerification(
      missingFilesAreNotFound({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [
            ({ args, operation, req }) => {
              checkOperationInput({ args, operation, req, collection: collection.slug })
              return args
            },
            ...(collection.hooks?.beforeOperation ?? []),
          ],
        },
      }),
    ),
  ),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    // A global's versions are read without a beforeOperation hook: their ids and filters are checked before access.
    access: {
      ...global.access,
      readVersions: (args) => {
        checkOperationInput({ args: {}, operation: 'findVersions', req: args.req, global: global.slug })
        const readVersions = global.access?.readVersions
        return readVersions ? readVersions(args) : Boolean(args.req.user)
      },
    },
    hooks: {
      ...global.hooks,
      beforeOperation: [
        ({ args, operation, req }) => {
          checkOperationInput({ args, operation, req, global: global.slug })
          return args
        },
        ...(global.hooks?.beforeOperation ?? []),
      ],
    },
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerClientErrors] },
  // Payload logs every error it answers with its stack; the client-caused ones are logged in one line by answerClientErrors.
  logger: {
    destination: defaultLoggerOptions,
    options: {
      hooks: {
        logMethod(inputArgs, method, level) {
          const first = inputArgs[0] as unknown
          if (level >= 50 && typeof first === 'object' && first !== null && 'err' in first && isClientError((first as { err: unknown }).err)) return
          return method.apply(this, inputArgs)
        },
      },
    },
  },
})
