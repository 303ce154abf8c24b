import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Run in a zone far from Europe/Rome, so a date formatted in the host's zone
    // instead of the city's would show a different day and fail the date tests.
    env: { TZ: 'America/New_York' },
  },
})
