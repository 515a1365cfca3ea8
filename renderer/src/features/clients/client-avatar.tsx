/** Initials on a calm colour picked from the name, square for companies and round for people. */
const HUES = 8;

function initialsOf(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[1]] : [words[0] ?? '?'];
  return letters
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toUpperCase();
}

function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % HUES;
}

export function ClientAvatar({
  name,
  kind,
  size = 'md',
}: {
  name: string;
  kind: 'company' | 'individual';
  size?: 'md' | 'lg';
}) {
  return (
    <span className={`avatar avatar-${size} avatar-${kind} avatar-hue-${hueOf(name)}`} aria-hidden="true">
      {initialsOf(name) || '?'}
    </span>
  );
}
