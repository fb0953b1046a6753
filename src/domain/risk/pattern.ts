/** A regular expression written in parts, so that no line of a rule need be long. */
export function joined(parts: readonly string[], flags = ''): RegExp {
  return new RegExp(parts.join(''), flags);
}
