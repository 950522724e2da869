import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // set-up hooks pack and install the package (npm pack), slow on a loaded machine
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
