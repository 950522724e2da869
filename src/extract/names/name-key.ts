/** A name compared without case, article, apostrophe style or spacing ("the Forum" = "Forum"). */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/^(?:the|this|its)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** An organization's name and owner as one key. */
export function organizationKey(name: string, owner?: string): string {
  return owner ? `${nameKey(name)} [${nameKey(owner)}]` : nameKey(name)
}
