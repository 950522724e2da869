import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    unified: 'src/unified.ts',
    cli: 'src/cli/main.ts',
    'corpus-worker': 'src/corpus/worker.ts',
  },
  format: ['esm'],
  target: 'es2022', // not 'node20': esbuild then rebuilds every \p{…} regex literal with new RegExp on each call
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', unified: 'src/unified.ts' } },
  clean: true,
  sourcemap: false,
  splitting: true,
})
