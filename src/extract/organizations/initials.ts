/** "Shanghai Cooperation Organization" -> "SCO": the capitals that start its words. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('')
}

/** The initials with a hyphenated word as one word: "Inter-American Development Bank" -> "IDB". */
export function wordInitialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('')
}
