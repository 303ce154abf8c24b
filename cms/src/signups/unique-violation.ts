import { ValidationError } from 'payload'

/** True when a write failed because `field` must be unique (SQLite constraint or MongoDB duplicate key, as Payload reports them). */
export function isUniqueViolation(err: unknown, field: string): boolean {
  if (err instanceof ValidationError || (err as { name?: string })?.name === 'ValidationError') {
    const errors = (err as ValidationError).data?.errors ?? []
    return errors.some((e) => e.path === field || e.path?.endsWith(`.${field}`))
  }
  const message = String((err as { message?: unknown })?.message ?? '')
  return /E11000|UNIQUE constraint failed/.test(message) && message.includes(field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))
}
