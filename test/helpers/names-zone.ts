// The zone the name-navigation and rename tests share: hosts pointed at by relative, absolute and
// differently-cased names, an inherited owner, and an $INCLUDE'd file that points at mail too.
export const NAMES_FILE = '/zones/example.com.zone';
export const NAMES_URI = 'file:///zones/example.com.zone';
export const INCLUDED_FILE = '/zones/aliases.zone';
export const INCLUDED_TEXT = 'alias IN CNAME mail ; from the included file\n';

/** Lines 0-9; the tests append their own, then `$INCLUDE aliases.zone` reads INCLUDED_TEXT. */
export const HOSTS = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 7200 900 1209600 300',
  '@ IN NS ns1',
  '  IN MX 10 mail',
  'ns1 IN A 192.0.2.53',
  'mail IN A 192.0.2.25',
  '     IN AAAA 2001:db8::25',
  'www IN CNAME Mail.example.com.',
  '_sip._tcp IN SRV 0 0 5060 mail',
];

/** Reads `$INCLUDE aliases.zone` as INCLUDED_FILE with `text`. */
export function readAliases(text: string = INCLUDED_TEXT) {
  return (requested: string) => (requested === 'aliases.zone' ? { file: INCLUDED_FILE, text } : { error: 'no such file' });
}

/** Offset of the n-th occurrence of `fragment` in `text`, plus `into` characters. */
export function offsetOf(text: string, fragment: string, occurrence = 0, into = 1): number {
  let found = -1;
  for (let i = 0; i <= occurrence; i++) found = text.indexOf(fragment, found + 1);
  if (found < 0) throw new Error(`'${fragment}' is not in the zone`);
  return found + into;
}
