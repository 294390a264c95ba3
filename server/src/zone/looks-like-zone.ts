// Whether a file's text reads like zone data, from its start: a directive or an SOA record
// starting a line (a zone file), or a record of a common type (also a file of records that a
// zone $INCLUDEs). Used where a file's name says nothing (db.* files that may be other
// languages, files that may $INCLUDE the one open in the editor, plain-text files that may be
// included). No parsing: a cheap look.

/** How much of the text is looked at: a zone's first directive or SOA comes early. */
export const LOOK_AT = 4096;

/** A directive, or an SOA record (owner, TTL and class optional), starting a line. */
const LOOKS_LIKE_ZONE = /^(?:\$(?:TTL|ORIGIN|INCLUDE|GENERATE)\b|\S*[ \t]+(?:(?:\d\w*|IN|CH|HS|CLASS\d+)[ \t]+){0,2}SOA[ \t(])/im;

export function looksLikeZone(text: string): boolean {
  return LOOKS_LIKE_ZONE.test(text.slice(0, LOOK_AT));
}

/** A record line: owner (or blanks), TTL and class in either order, a common type, then data. */
const LOOKS_LIKE_RECORD =
  /^\S*[ \t]+(?:(?:\d\w*|IN|CH|HS)[ \t]+){0,2}(?:A|AAAA|CNAME|MX|NS|TXT|SPF|SRV|CAA|PTR|DNAME|DS|DNSKEY|TLSA|SSHFP|NAPTR|HTTPS|SVCB|SOA)[ \t(]/im;

/** A zone file's start, or zone records: what an $INCLUDEd file may hold. */
export function looksLikeZoneData(text: string): boolean {
  const start = text.slice(0, LOOK_AT);
  return LOOKS_LIKE_ZONE.test(start) || LOOKS_LIKE_RECORD.test(start);
}
