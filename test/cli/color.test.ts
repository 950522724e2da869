import { describe, expect, it } from 'vitest'
import { useColor } from '../../src/cli/color.js'

describe('useColor', () => {
  it.each([
    ['a terminal', { flag: undefined, env: {}, isTTY: true, toFile: false }, true],
    ['a pipe', { flag: undefined, env: {}, isTTY: false, toFile: false }, false],
    ['--output to a file', { flag: undefined, env: {}, isTTY: true, toFile: true }, false],
    ['TERM=dumb', { flag: undefined, env: { TERM: 'dumb' }, isTTY: true, toFile: false }, false],
    [
      'NO_COLOR on a terminal',
      { flag: undefined, env: { NO_COLOR: '1' }, isTTY: true, toFile: false },
      false,
    ],
    [
      'NO_COLOR empty (unset)',
      { flag: undefined, env: { NO_COLOR: '' }, isTTY: true, toFile: false },
      true,
    ],
    [
      'FORCE_COLOR in a pipe',
      { flag: undefined, env: { FORCE_COLOR: '1' }, isTTY: false, toFile: false },
      true,
    ],
    [
      'FORCE_COLOR=0 on a terminal',
      { flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true, toFile: false },
      false,
    ],
    [
      'NO_COLOR beats FORCE_COLOR',
      { flag: undefined, env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTTY: false, toFile: false },
      false,
    ],
    [
      '--color beats NO_COLOR',
      { flag: true, env: { NO_COLOR: '1' }, isTTY: false, toFile: true },
      true,
    ],
    [
      '--no-color beats FORCE_COLOR',
      { flag: false, env: { FORCE_COLOR: '1' }, isTTY: true, toFile: false },
      false,
    ],
  ] as const)('%s', (_name, inputs, expected) => {
    expect(useColor({ ...inputs, env: { ...inputs.env } })).toBe(expected)
  })
})
