import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', unified: 'src/unified.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', unified: 'src/unified.ts' } },
  clean: true,
  sourcemap: false,
  splitting: true,
})
