// A zone spread over files through $INCLUDE, read from memory: for the tests that edit a main
// file whose included files must stay as they are (incremental parsing and analysis). It has
// an included file with its own $ORIGIN and an inherited owner, a nested include, an include
// with an origin argument, names that own records in more than one file (a duplicate record
// among them), and a line the parser rejects in an included file.
import type { IncludeReader } from '../../server/src/zone/parser';

export const INCLUDED_FILES: Record<string, string> = {
  'hosts.zone': [
    'www IN A 192.0.2.10',
    '  IN TXT "v=spf1 include:spf.mtasv.net ~all"',
    'mail IN A 192.0.2.11',
    'alias IN CNAME www',
    // Deleting the duplicate www record writes 'www' onto the next line, because ns2 comes before.
    'ns2 IN A 192.0.2.7',
    'www IN A 192.0.2.10',
    '  IN TXT "after the duplicate"',
    '$ORIGIN lab.example.com.',
    'box IN A 192.0.2.12',
    '$INCLUDE nested.zone',
    '  IN AAAA 2001:db8::1',
    '',
  ].join('\n'),
  'nested.zone': ['deep IN A 192.0.2.13', 'www.example.com. IN MX 10 mail.example.com.', 'x IN MX 5 alias.example.com.', 'bad IN A 192.0.2.300', ''].join('\n'),
  'sub.zone': ['@ IN A 192.0.2.14', 'ns IN A 192.0.2.15', 'www IN CNAME www.example.com.', ''].join('\n'),
};

export const INCLUDE_MAIN = [
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h',
  '  IN NS ns1',
  '  IN MX 10 mail',
  'ns1 IN A 192.0.2.1',
  '$INCLUDE hosts.zone',
  'www IN A 192.0.2.10',
  '  IN TXT "after the include"',
  'mail IN A 192.0.2.2',
  'sub IN NS ns.sub',
  '$INCLUDE sub.zone sub',
  'pm-bounces IN CNAME pm.mtasv.net',
  '_dmarc IN TXT "v=DMARC1; p=none"',
  'last IN MX 10 alias',
  '',
].join('\n');

/** Reads the files above; `files` may be changed between reads (a file edited on disk). */
export function memoryIncludeReader(files: Record<string, string> = INCLUDED_FILES): IncludeReader {
  return (requested) => (requested in files ? { file: requested, text: files[requested] } : { error: 'file not found' });
}

/** Lines a random edit of INCLUDE_MAIN may insert besides the usual ones: includes read twice, missing, with an origin. */
export const INCLUDE_SNIPPETS = ['$INCLUDE nested.zone\n', '$INCLUDE absent.zone\n', '$INCLUDE sub.zone other\n', '$ORIGIN lab\n', '  IN A 192.0.2.77\n'];
