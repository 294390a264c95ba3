// Whether a file's text reads like zone data, from its start: a directive or an SOA record
// starting a line. Used where a file's name says nothing (db.* files that may be other
// languages, files that may $INCLUDE the one open in the editor). No parsing: a cheap look.

/** How much of the text is looked at: a zone's first directive or SOA comes early. */
export const LOOK_AT = 4096;

/** A directive, or an SOA record (owner, TTL and class optional), starting a line. */
const LOOKS_LIKE_ZONE = /^(?:\$(?:TTL|ORIGIN|INCLUDE|GENERATE)\b|\S*[ \t]+(?:(?:\d\w*|IN|CH|HS|CLASS\d+)[ \t]+){0,2}SOA[ \t(])/im;

export function looksLikeZone(text: string): boolean {
  return LOOKS_LIKE_ZONE.test(text.slice(0, LOOK_AT));
}
