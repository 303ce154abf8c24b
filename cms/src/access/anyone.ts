import type { Access } from 'payload'

/** Public reference data with nothing private in it (uploaded images, site settings). */
export const anyone: Access = () => true
