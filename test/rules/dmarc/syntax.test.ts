// dmarc/syntax table: valid records, each kind of problem with its exact span and severity, and
// the dmarc-version-first fix (one string, split strings, refused when unsafe).
import { ruleTable, HEAD } from '../rule-table';

const RUA = 'rua=mailto:re+abc123@dmarc.postmarkapp.com';

ruleTable('dmarc/syntax', {
  otherFindings: 'keep all',
  valid: [
    { name: 'Postmark starter record', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; ${RUA}"\n` },
    { name: 'split across strings', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=quar" "antine; ${RUA}"\n` },
    { name: 'subdomain policy, all tags', zone: `${HEAD}_dmarc.mail IN TXT "v=DMARC1; p=reject; sp=reject; np=reject; adkim=s; aspf=r; fo=1:d; t=n; psd=n; ${RUA}!10m"\n` },
    { name: 'removed tags with valid values (another rule)', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; pct=100; ri=86400; rf=afrf"\n` },
    { name: 'a DMARC record elsewhere is not checked here', zone: `${HEAD}@ IN TXT "p=none; v=DMARC1"\n` },
  ],
  invalid: [
    {
      name: 'v not first: moved to the front',
      zone: `${HEAD}_dmarc IN TXT "p=none; v=DMARC1; ${RUA}"\n`,
      expect: [{ text: 'v=DMARC1', message: /first tag/, fix: { id: 'dmarc-version-first', output: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; ${RUA}"\n` } }],
      fixAll: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; ${RUA}"\n`,
    },
    {
      name: 'v not first after a removed tag',
      zone: `${HEAD}_dmarc IN TXT "p=none; pct=100; v=DMARC1"\n`,
      expect: [{ text: 'v=DMARC1', fix: { id: 'dmarc-version-first', output: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; pct=100"\n` } }],
      fixAll: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; pct=100"\n`,
    },
    {
      name: 'v last without a separator',
      zone: `${HEAD}_dmarc IN TXT "p=reject; v=DMARC1"\n`,
      expect: [{ text: 'v=DMARC1', fix: { id: 'dmarc-version-first', output: `${HEAD}_dmarc IN TXT "v=DMARC1; p=reject"\n` } }],
    },
    {
      name: 'v not first, tight separators keep their style',
      zone: `${HEAD}_dmarc IN TXT "p=none;v=DMARC1;"\n`,
      expect: [{ text: 'v=DMARC1', fix: { id: 'dmarc-version-first', output: `${HEAD}_dmarc IN TXT "v=DMARC1;p=none;"\n` } }],
    },
    {
      name: 'v not first across split strings',
      zone: `${HEAD}_dmarc IN TXT "p=none; v=DM" "ARC1; ${RUA}"\n`,
      expect: [{ text: 'v=DM" "ARC1', fix: { id: 'dmarc-version-first', output: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none;" " ${RUA}"\n` } }],
    },
    {
      name: 'v not first in an unquoted string: no fix',
      zone: `${HEAD}_dmarc IN TXT p=none\\;v=DMARC1\n`,
      expect: [{ text: 'v=DMARC1', notOffered: 'dmarc-version-first' }],
    },
    {
      name: 'v not first and not DMARC1: no fix',
      zone: `${HEAD}_dmarc IN TXT "p=none; v=dmarc1"\n`,
      expect: [{ text: 'v=dmarc1', notOffered: 'dmarc-version-first' }, { text: 'dmarc1' }],
    },
    {
      name: 'no version at all: only that is reported',
      zone: `${HEAD}_dmarc IN TXT "p=nothing; rua=x"\n`,
      expect: [{ text: 'p=nothing; rua=x', message: /must start with "v=DMARC1"/ }],
    },
    { name: 'wrong version', zone: `${HEAD}_dmarc IN TXT "v=DMARC2; p=none"\n`, expect: [{ text: 'DMARC2' }] },
    { name: 'p missing', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; ${RUA}"\n`, expect: [{ text: `v=DMARC1; ${RUA}`, message: /"p=" tag/ }] },
    { name: 'p unknown', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=monitor"\n`, expect: [{ text: 'monitor' }] },
    { name: 'sp unknown', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; sp=all"\n`, expect: [{ text: 'all' }] },
    { name: 'adkim bad', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; adkim=relaxed"\n`, expect: [{ text: 'relaxed' }] },
    { name: 'fo bad', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; fo=2"\n`, expect: [{ text: '2', after: 'fo=' }] },
    { name: 'pct out of range', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; pct=101"\n`, expect: [{ text: '101' }] },
    { name: 'rua without mailto', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; rua=dmarc@example.com"\n`, expect: [{ text: 'dmarc@example.com', message: /mailto:/ }] },
    {
      name: 'bad ruf split over strings, with an escape',
      zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; ruf=mai" "lto:a\\@b"\n`,
      expect: [{ text: 'mai" "lto:a\\@b' }],
    },
    { name: 'duplicate tag', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; p=reject"\n`, expect: [{ text: 'p', after: 'p=reject' }] },
    { name: 'unknown tag is a hint', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; adkm=s"\n`, expect: [{ text: 'adkm', severity: 'hint' }] },
  ],
});
