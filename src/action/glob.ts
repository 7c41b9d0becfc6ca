/**
 * The `records` input's globs, matched against repository-relative paths with `/` separators.
 * `**` spans directories, `*` and `?` stay within one, `{a,b}` picks one. A glob with no
 * wildcard names a file or a directory (everything under it). Node 20 has no stable glob
 * matcher (`path.matchesGlob` is experimental there), and this one is small enough to own.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.map(globToRegExp);
  return (path) => patterns.some((re) => re.test(path));
}

export function globToRegExp(glob: string): RegExp {
  const trimmed = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  if (!/[*?{]/.test(trimmed)) return new RegExp(`^${escape(trimmed)}(?:/.*)?$`);
  let source = '';
  let braces = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i] ?? '';
    if (c === '*' && trimmed[i + 1] === '*') {
      const slashAfter = trimmed[i + 2] === '/';
      // `a/**/b` matches a/b too; a trailing `**` matches anything below.
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) {
      source += '|';
    } else {
      source += escape(c);
    }
  }
  source += ')'.repeat(braces);
  return new RegExp(`^${source}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
