import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from './roles.ts'

/** Refusal shown to the client as is: it tells the operator what to do instead. */
export class PublishForbiddenError extends APIError {
  constructor() {
    super(
      'Solo la redazione e gli amministratori possono pubblicare: salva come bozza. / Only editors and administrators can publish: save a draft.',
      403,
      { reason: 'publish-forbidden' },
      true,
    )
    // Set explicitly: minified builds lose class names, and Payload formats errors by name.
    this.name = 'PublishForbiddenError'
  }
}

/** Operators save drafts; publishing (or changing a published version in place) is for editors and admins. */
export const onlyEditorsPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && !hasRole(req.user, 'admin', 'editor') && data._status === 'published') {
    throw new PublishForbiddenError()
  }
  return data
}
