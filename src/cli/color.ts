// Whether to colour, as the ecosystem decides it: an explicit --color/--no-color wins,
// then NO_COLOR (any non-empty value: never), then FORCE_COLOR (anything but 0/false:
// always), then whether the output is a terminal (not written to a file, TERM not dumb).

export interface ColorInputs {
  flag: boolean | undefined
  env: Record<string, string | undefined>
  isTTY: boolean
  toFile: boolean
}

export function useColor({ flag, env, isTTY, toFile }: ColorInputs): boolean {
  if (flag !== undefined) return flag
  if (env.NO_COLOR) return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  return isTTY && !toFile && env.TERM !== 'dumb'
}

/** Wrap text in an ANSI SGR code when colouring, else leave it. */
export type Paint = (code: string, text: string) => string

export function painter(color: boolean): Paint {
  return color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text
}
