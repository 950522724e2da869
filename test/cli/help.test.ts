// Help: general and per command, built from the command table, so every option and an
// example of each command are in it; answered before any work loads.
import { describe, expect, it } from 'vitest'
import { commands, commonOptions } from '../../src/cli/commands/index.js'
import { runCli } from './run-streams.js'

describe('communique --help', () => {
  it('lists every command with its arguments, an example of each, and the exit codes', async () => {
    const { code, stdout, stderr } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^Usage: communique <command> \[options\]\n/)
    for (const command of commands) {
      expect(stdout).toContain(`  ${command.name} ${command.arguments}`)
      expect(stdout).toContain(command.examples[0])
    }
    expect(stdout).toMatch(/^ {2}4 {2}internal error/m)
  })

  it('prints the version', async () => {
    const { code, stdout } = await runCli(['--version'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe.each(commands.map((command) => [command.name, command] as const))(
  'communique %s --help',
  (name, command) => {
    it('shows its usage, every option (short and long forms) and examples', async () => {
      const { code, stdout } = await runCli([name, '--help'])
      expect(code).toBe(0)
      const usage = [name, command.arguments].filter(Boolean).join(' ')
      expect(stdout.startsWith(`Usage: communique ${usage} [options]\n`)).toBe(true)
      for (const option of [...command.options, ...commonOptions]) {
        expect(stdout).toContain(`--${option.name}`)
        if (option.short) expect(stdout).toContain(`-${option.short}, --${option.name}`)
      }
      expect(stdout).toContain('--no-color')
      expect(stdout).toContain('NO_COLOR')
      for (const example of command.examples) expect(stdout).toContain(`  ${example}\n`)
    })

    it('is the same as `communique help <command>` and answers without a file', async () => {
      expect((await runCli(['help', name])).stdout).toBe((await runCli([name, '--help'])).stdout)
      expect((await runCli([name, '-h'])).code).toBe(0)
    })
  },
)

describe('the parse and diff help', () => {
  it('names -o and --color, missing from the old help', async () => {
    const { stdout } = await runCli(['diff', '--help'])
    expect(stdout).toMatch(/-o, --output <file>/)
    expect(stdout).toMatch(/--color, --no-color/)
    expect(stdout).toMatch(/--exit-code/)
  })
})
