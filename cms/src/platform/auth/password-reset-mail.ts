import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'
import { formatAdminURL } from 'payload/shared'

/**
 * Users' beforeOperation: Payload sends the reset mail before it answers, so a known address would answer later
 * than an unknown one. The operation is told not to send it; sendPasswordResetMail sends it after the answer.
 */
export const deferPasswordResetMail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const reset = args as { disableEmail?: boolean }
  if (reset.disableEmail) return args
  req.context.sendPasswordResetMail = true
  return { ...args, disableEmail: true }
}

/** Users' afterOperation: the reset mail Payload would have sent (same words and link), once the request has its answer. */
export const sendPasswordResetMail: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
  if (operation !== 'forgotPassword' || !req.context.sendPasswordResetMail || typeof result !== 'string' || !result) return result
  const to = (args as { data?: { email?: unknown } }).data?.email
  if (typeof to !== 'string') return result
  const { payload, t } = req
  const url = formatAdminURL({ adminRoute: payload.config.routes.admin, path: `${payload.config.admin.routes.reset}/${result}`, serverURL: payload.config.serverURL })
  const html = `${t('authentication:youAreReceivingResetPassword')}
    <a href="${url}">${url}</a>
    ${t('authentication:youDidNotRequestPassword')}`
  const text = `${t('authentication:youAreReceivingResetPassword')}\n\n${url}\n\n${t('authentication:youDidNotRequestPassword')}`
  setImmediate(() => {
    payload
      .sendEmail({
        from: `"${payload.email.defaultFromName}" <${payload.email.defaultFromAddress}>`,
        to: to.toLowerCase().trim(),
        subject: t('authentication:resetYourPassword'),
        html,
        text,
      })
      .catch((err: unknown) => payload.logger.error({ err, msg: 'Invio della mail di reimpostazione non riuscito / password reset mail not sent' }))
  })
  return result
}
