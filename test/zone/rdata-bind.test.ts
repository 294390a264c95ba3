// Accept/reject agreement with BIND 9.18 for rdata, one record per case. Each verdict was taken
// from named-checkzone; the first test checks our parsers against the recorded verdicts, the
// second re-checks every verdict against named-checkzone itself when it is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NAMED_CHECKZONE } from '../helpers/named-checkzone';
import { parseRdata } from '../helpers/fields';

// `ok|bad TYPE rdata`; `{x256}` stands for 256 x's, `{K}` for a real RSA key.
const TABLE = String.raw`
ok   A 192.0.2.1
ok   A 0.0.0.0
bad  A 01.2.3.4
bad  A 1.2.3
bad  A 1.2.3.256
bad  A 1.2.3.4.5
bad  A 0x1.2.3.4
bad  A "1.2.3.4"
bad  A 1\.2.3.4
bad  A 1.2.3.4 5
bad  A
ok   AAAA ::
ok   AAAA ::1.2.3.4
ok   AAAA ::ffff:1.2.3.4
ok   AAAA 1:2:3:4:5:6:7:8
ok   AAAA 1:2:3:4:5:6:7::
ok   AAAA ::1:2:3:4:5:6:7
ok   AAAA 1:2:3:4:5:6:1.2.3.4
ok   AAAA ABCD:EF01:2345:6789:abcd:ef01:2345:6789
bad  AAAA 1::2::3
bad  AAAA 00001::1
bad  AAAA 1:2:3:4:5:6:7:8:9
bad  AAAA 1:2:3:4:5:6:7
bad  AAAA 1:2:3:4:5::6:7:8
bad  AAAA ::1:2:3:4:5:6:7:8
bad  AAAA 1:2:3:4:5:6:7:1.2.3.4
bad  AAAA ::01.2.3.4
bad  AAAA ::1.2.3.4:1
bad  AAAA :1::
bad  AAAA 1:::
bad  AAAA 1.2.3.4
bad  AAAA abcg::
bad  AAAA "::"
ok   NS ns1
ok   NS @
ok   NS ns1.example.net.
ok   CNAME b\065
ok   CNAME b\.c
ok   CNAME \@
ok   CNAME a@b
ok   PTR foo.bar.
ok   DNAME @
bad  CNAME b\256
bad  CNAME b\25
bad  CNAME b\
bad  CNAME "b"
bad  CNAME a b
bad  CNAME
bad  CNAME a..b
bad  CNAME .a
bad  CNAME {a64}
ok   CNAME {a63}
ok   MX 10 mail
ok   MX 65535 mail
ok   MX 010 mail
ok   MX 10 @
ok   MX 10 .
bad  MX 65536 mail
bad  MX -1 mail
bad  MX 0x10 mail
bad  MX 1e1 mail
bad  MX 10 "mail"
bad  MX 10
bad  MX mail
bad  MX 10 mail extra
bad  MX 10 mail..
ok   SRV 0 5 5060 sip
ok   SRV 65535 65535 65535 sip
ok   SRV 0 5 5060 .
bad  SRV 0 5 65536 sip
bad  SRV 0 5 5060
bad  SRV 0 5 5060 sip extra
ok   SOA ns1 host 1 2 3 4 5
ok   SOA ns1 host. 4294967295 2 3 4 5
ok   SOA ns1 host 01 2h 3d 4w 5m
ok   SOA ns1 host 1 2H 3D 4W 5M
ok   SOA ns1 host 1 2 3 4 1h1h
ok   SOA ns1 host 1 2 3 4 4294967295s
bad  SOA ns1 host 4294967296 2 3 4 5
bad  SOA ns1 host 1h 2 3 4 5
bad  SOA ns1 host -1 2 3 4 5
bad  SOA ns1 host 1 2 3 4 4294967296
bad  SOA ns1 host 1 2 3 4 1000000w
bad  SOA ns1 host 1 2 3 4 1x
bad  SOA ns1 host 1 2 3 4 h
bad  SOA ns1 host 1 2 3 4 1h30
bad  SOA ns1 host 1 2 3 4 5 6
bad  SOA ns1 host 1 2 3 4
bad  SOA "ns1" host 1 2 3 4 5
ok   TXT ""
ok   TXT "a" b "c"
ok   TXT a\;b
ok   TXT "a\"b"
ok   TXT "\;"
ok   TXT "é"
ok   TXT "{x255}"
ok   TXT a"b"
ok   TXT \#
ok   TXT \# x
ok   TXT "\#" 0
bad  TXT
bad  TXT "\256"
bad  TXT \256
bad  TXT "\25"
bad  TXT "\2a"
bad  TXT "{x256}"
bad  TXT {x256}
ok   SPF "v=spf1 -all"
bad  SPF
ok   CAA 0 issue "letsencrypt.org"
ok   CAA 0 issue letsencrypt.org
ok   CAA 128 issue ";"
ok   CAA 255 issue ""
ok   CAA 0 Issue "x"
ok   CAA 0 unknowntag "x"
ok   CAA 0 issue \"x
ok   CAA 0 issue a\"b
ok   CAA 0 issue "{x300}"
ok   CAA 0 {a255} "x"
bad  CAA 0 {a256} "x"
bad  CAA 256 issue "x"
bad  CAA 0 "issue" "x"
bad  CAA 0 iss-ue "x"
bad  CAA 0 iss_ue "x"
bad  CAA 0 tbit\065 "x"
bad  CAA 0 "" "x"
bad  CAA 0 issue "x" "y"
bad  CAA 0 issue
bad  CAA 0 issue "\256"
ok   DS 1 8 1 0123456789abcdef0123456789abcdef01234567
ok   DS 1 8 1 0123456789 abcdef0123456789abcdef01234567
ok   DS 1 8 1 012345678 9abcdef0123456789abcdef01234567
ok   DS 1 8 2 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
ok   DS 1 8 3 0123456789abcdef0123456789abcdef01234567
ok   DS 1 8 99 abcd
ok   DS 1 8 99 abc d
ok   DS 1 RSASHA256 SHA-256 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
ok   DS 1 rsasha256 sha256 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
ok   DS 1 ECDSAP256SHA256 SHA1 0123456789abcdef0123456789abcdef01234567
ok   DS 1 08 GOST 0123456789abcdef0123456789abcdef01234567
ok   DS 1 PRIVATEOID 0 00
ok   CDS 0 0 0 00
bad  DS 1 8 1 0123456789abcdef0123456789abcdef0123456700
bad  DS 1 8 1 23456789abcdef0123456789abcdef01234567
bad  DS 1 8 2 0123456789abcdef0123456789abcdef01234567
bad  DS 1 8 4 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
bad  DS 1 8 99
bad  DS 1 8 99 abc
bad  DS 1 256 1 0123456789abcdef0123456789abcdef01234567
bad  DS 1 8 256 0123456789abcdef0123456789abcdef01234567
bad  DS 65536 8 1 0123456789abcdef0123456789abcdef01234567
bad  DS 1 FOO 1 0123456789abcdef0123456789abcdef01234567
bad  DS 1 RSA 1 0123456789abcdef0123456789abcdef01234567
bad  DS 1 ECC 1 0123456789abcdef0123456789abcdef01234567
bad  DS 1 8 1 "0123456789abcdef0123456789abcdef01234567"
bad  DS 1 8 1 0123456789abcdef0123456789abcdef012345zz
bad  CDS 0 0 0 0
ok   DNSKEY 257 3 8 {K}
ok   DNSKEY 257 3 RSASHA256 AwEAAagAIKlVZrpC6Ia7 gEzahOR+9W29euxhJhVVLOyQbSEW0O8gcCjF FVQUTf6v58fLjwBd0YI0EzrAcQqBGCzh/RStIoO8g0NfnfL2MTJRkxoXbfDaUeVPQuYEhg37NZWAJQ9VnMVDxP/VHL496M/QZxkjf5/Efucp2gaDX6RS6CXpoY68LsvPVjR0ZSwzz1apAzvN9dlzEheX7ICJBBtuA6G3LQpzW5hOA2hzCTMjJPJ8LbqF6dsV6DoBQzgul0sGIcGOYl7OyQdXfZ57relSQageu+ipAdTTJ25AsRTAoub8ONGcLmqrAmRLKBP1dfwhYB4N7knNnulqQxA+Uk1ihz0=
ok   DNSKEY 257 4 8 AAAA
ok   DNSKEY 257 DNSSEC 8 AAAA
ok   DNSKEY 257 ALL 8 AAAA
ok   DNSKEY 257 tls 8 AAAA
ok   DNSKEY 257 3 8 AA==
ok   DNSKEY 257 3 8 AA A=
ok   DNSKEY 257 3 8 AA ==
ok   DNSKEY KSK 3 8 AAAA
ok   DNSKEY ZONE|KSK 3 8 AAAA
ok   DNSKEY zone|ksk 3 8 AAAA
ok   DNSKEY ZO 3 8 AAAA
ok   DNSKEY 0xc000 3 8 AAAA
ok   DNSKEY 0c000 3 8 AAAA
ok   DNSKEY 1f 3 8 AAAA
ok   DNSKEY 65535 3 8 AAAA
ok   DNSKEY 256 3 253 AAAA
ok   CDNSKEY 0 3 0 AA==
bad  DNSKEY 65536 3 8 AAAA
bad  DNSKEY 1ffff 3 8 AAAA
bad  DNSKEY REVOKE 3 8 AAAA
bad  DNSKEY ZONEX 3 8 AAAA
bad  DNSKEY 257 256 8 AAAA
bad  DNSKEY 257 3 8
bad  DNSKEY 49152 3 8
bad  DNSKEY 257 3 8 AAA
bad  DNSKEY 257 3 8 AA=
bad  DNSKEY 257 3 8 A===
bad  DNSKEY 257 3 8 AAAA=
bad  DNSKEY 257 3 8 AA==AAAA
bad  DNSKEY 257 3 8 AA== AA==
bad  DNSKEY 257 3 8 AAA!
bad  DNSKEY 257 3 8 AB==
bad  DNSKEY 257 3 8 "AAAA"
ok   SSHFP 1 1 0123456789abcdef0123456789abcdef01234567
ok   SSHFP 1 2 0123456789abcdef0123456789abcdef 0123456789abcdef0123456789abcdef
ok   SSHFP 9 9 01
bad  SSHFP 1 1 0123456789abcdef0123456789abcdef012345
bad  SSHFP 1 2 01
bad  SSHFP 256 1 01
bad  SSHFP 1 1
bad  SSHFP 1 1 0
bad  SSHFP 1 1 -
ok   TLSA 3 1 1 0123456789abcdef
ok   TLSA 3 1 1 0123456789abcdef01 23
ok   SMIMEA 3 1 1 00
bad  TLSA 3 1 1
bad  TLSA 256 1 1 00
bad  TLSA 3 1 1 0
bad  TLSA 3 1 1 0g
bad  TLSA PKIX-TA 1 1 00
ok   NAPTR 100 10 "S" "SIP+D2U" "" _sip._udp
ok   NAPTR 100 10 S SIP+D2U "" _sip._udp
ok   NAPTR 100 10 "" "" "!^.*$!sip:info@example.com!" .
ok   NAPTR 100 10 "S!" "SIP+D2U" "" .
ok   NAPTR 100 10 "" "" "!^.*$!x!i" .
ok   NAPTR 100 10 "" "" "!^.*$!x!" foo
ok   NAPTR 1 1 "" "" "!(a)!\\1!" .
ok   NAPTR 1 1 "" "" "!a)!x!" .
ok   NAPTR 1 1 "" "" "!a[)]!x!" .
ok   NAPTR 1 1 "" "" "!a\\!b!x!" .
ok   NAPTR 1 1 "" "" "!(a)(b)!\\2!" .
ok   NAPTR 1 1 "" "" "!\\(a)!x!" .
ok   NAPTR 1 1 "" "" "!()!x!" .
ok   NAPTR 1 1 "" "" "!^.*$!sip:\\\\1@x!" .
ok   NAPTR 1 1 "" "" "!a!\\\\!" .
ok   NAPTR 1 1 "" "" "!a{,2}!x!" .
ok   NAPTR 1 1 "" "" "![[:alpha:]]!x!" .
ok   NAPTR 1 1 "" "" "![]a]!x!" .
ok   NAPTR 1 1 "" "" "!a{2}!x!" .
ok   NAPTR 1 1 "" "" "![a-z]!x!" .
ok   NAPTR 1 1 "" "" "![[.a.]]!x!" .
ok   NAPTR 1 1 "" "" "![[=a=]]!x!" .
ok   NAPTR 1 1 "" "" "!a|b!x!" .
bad  NAPTR 100 10 "S" "SIP+D2U" "" "_sip._udp"
bad  NAPTR 100 10 "S" "SIP+D2U" ""
bad  NAPTR 100 10 "{x256}" "SIP+D2U" "" .
bad  NAPTR 100 10 "" "" "!^.*$" .
bad  NAPTR 65536 10 "" "" "" .
bad  NAPTR 1 1 "" "" "!a!\\1!" .
bad  NAPTR 1 1 "" "" "!(a!x!" .
bad  NAPTR 1 1 "" "" "![a!x!" .
bad  NAPTR 1 1 "" "" "!a!\\0!" .
bad  NAPTR 1 1 "" "" "1a1x1" .
bad  NAPTR 1 1 "" "" "iaixi" .
bad  NAPTR 1 1 "" "" "!a!x!j" .
bad  NAPTR 1 1 "" "" "!a!x!!" .
bad  NAPTR 1 1 "" "" "!a!x" .
bad  NAPTR 1 1 "" "" "!*!x!" .
bad  NAPTR 1 1 "" "" "!a{1!x!" .
bad  NAPTR 1 1 "" "" "!a{2,1}!x!" .
bad  NAPTR 1 1 "" "" "!a**!x!" .
bad  NAPTR 1 1 "" "" "!a|*!x!" .
bad  NAPTR 1 1 "" "" "!a\\!x!" .
bad  NAPTR 1 1 "" "" "!a!x\\!" .
bad  NAPTR 1 1 "" "" "!+a!x!" .
bad  NAPTR 1 1 "" "" "!a??!x!" .
bad  NAPTR 1 1 "" "" "!a+*!x!" .
bad  NAPTR 1 1 "" "" "![[:foo:]]!x!" .
bad  NAPTR 1 1 "" "" "![z-a]!x!" .
bad  NAPTR 1 1 "" "" "!(a|)!x!" .
bad  NAPTR 1 1 "" "" "!a\000!x!" .
ok   HTTPS 1 . alpn=h2,h3
ok   HTTPS 1 . alpn="h2,h3"
ok   HTTPS 1 . alpn=h2\,h3
ok   HTTPS 1 . alpn="h2\\,h3"
ok   HTTPS 1 . alpn=h2\\,h3
ok   HTTPS 1 . alpn=h2 no-default-alpn
ok   HTTPS 1 . no-default-alpn alpn=h2
ok   HTTPS 1 . port=443
ok   HTTPS 1 . port=0443
ok   HTTPS 1 . ipv4hint=1.2.3.4,5.6.7.8
ok   HTTPS 1 . ipv4hint="1.2.3.4"
ok   HTTPS 1 . ipv6hint=::1,2001:db8::1
ok   HTTPS 1 . ipv6hint=::ffff:1.2.3.4
ok   HTTPS 1 . ech=AAAA
ok   HTTPS 1 . ech="AAAA"
ok   HTTPS 1 . ech=AA==
ok   HTTPS 1 . ech=
ok   HTTPS 1 . ech
ok   HTTPS 1 . mandatory=alpn alpn=h2
ok   HTTPS 1 . mandatory=port,alpn alpn=h2 port=1
ok   HTTPS 1 . mandatory=key3 port=1
ok   HTTPS 1 . mandatory=Port port=1
ok   HTTPS 1 . mandatory=key1 alpn=h2
ok   HTTPS 1 . mandatory=key65535 key65535
ok   HTTPS 1 . key65535
ok   HTTPS 1 . key65=abc
ok   HTTPS 1 . key65="a b"
ok   HTTPS 1 . key3=\001\187
ok   HTTPS 1 . key0=\000\003 port=1
ok   HTTPS 1 . key1=\002h2
ok   HTTPS 1 . key4=\001\002\003\004
ok   HTTPS 1 . dohpath=/dns-query{?dns}
ok   HTTPS 1 . dohpath="/q{?dns}"
ok   HTTPS 1 . key7=/q{?dns}
ok   HTTPS 0 . port=1
ok   HTTPS 0 foo.example.
ok   HTTPS 0 "foo"
ok   HTTPS 1 foo port=80
ok   HTTPS 1 @ port=80
ok   HTTPS 1 "foo bar" port=80
ok   SVCB 0 .
ok   SVCB 1 svc port=53
bad  HTTPS 1 . alpn= "h2,h3"
bad  HTTPS 1 . alpn = "h2,h3"
bad  HTTPS 1 . "alpn=h2,h3"
bad  HTTPS 1 . alpn
bad  HTTPS 1 . alpn=
bad  HTTPS 1 . alpn=""
bad  HTTPS 1 . alpn=h2,,h3
bad  HTTPS 1 . alpn=h2,
bad  HTTPS 1 . alpn=,h2
bad  HTTPS 1 . alpn=h2\
bad  HTTPS 1 . alpn=\256
bad  HTTPS 1 . ALPN=h2
bad  HTTPS 1 . Port=443
bad  HTTPS 1 . no-default-alpn
bad  HTTPS 1 . no-default-alpn=x alpn=h2
bad  HTTPS 1 . port=65536
bad  HTTPS 1 . port=x
bad  HTTPS 1 . port=
bad  HTTPS 1 . port
bad  HTTPS 1 . port=1=2
bad  HTTPS 1 . ipv4hint=1.2.3.4,
bad  HTTPS 1 . ipv4hint=1.2.3.4,,5.6.7.8
bad  HTTPS 1 . ipv4hint=01.2.3.4
bad  HTTPS 1 . ipv6hint=1.2.3.4
bad  HTTPS 1 . ech=AAA
bad  HTTPS 1 . ech=AB==
bad  HTTPS 1 . mandatory=alpn
bad  HTTPS 1 . mandatory=alpn,alpn alpn=h2
bad  HTTPS 1 . mandatory=mandatory
bad  HTTPS 1 . mandatory
bad  HTTPS 1 . mandatory=key03 port=1
bad  HTTPS 1 . mandatory=,port port=1
bad  HTTPS 1 . mandatory=port, port=1
bad  HTTPS 1 . mandatory=foo port=1
bad  HTTPS 1 . mandatory=port alpn=h2
bad  HTTPS 1 . key65536
bad  HTTPS 1 . key065
bad  HTTPS 1 . key3=abc
bad  HTTPS 1 . key2
bad  HTTPS 1 . key2=x
bad  HTTPS 1 . key7=abc
bad  HTTPS 1 . key0
bad  HTTPS 1 . key=1
bad  HTTPS 1 . key
bad  HTTPS 1 . key1x
bad  HTTPS 1 . key+1
bad  HTTPS 1 . KEY3=\000\001
bad  HTTPS 1 . foo=bar
bad  HTTPS 1 . port=1 port=2
bad  HTTPS 1 . port=1 key3=\000\002
bad  HTTPS 1 . dohpath=/dns-query
bad  HTTPS 1 . ohttp
bad  HTTPS 1 . key123="a"b
bad  HTTPS 0 . foo=bar
bad  HTTPS 0 . port=x
bad  HTTPS 1
bad  HTTPS 65536 .
ok   TYPE65280 \# 0
ok   TYPE65280 \# 2 abcd
ok   TYPE65280 \# 2 ab cd
ok   TYPE65280 \# 2 a bcd
ok   TYPE65280 \# 02 ABCD
ok   TYPE1 \# 4 01020304
ok   TYPE127 \# 0
ok   A \# 4 c0000201
ok   A \# 4 c0 00 02 01
ok   AAAA \# 16 00000000000000000000000000000001
ok   TXT \# 01 00
ok   TXT \# 2 0141
ok   TXT \# 3 014100
ok   CAA \# 4 00016100
ok   CAA \# 3 000161
ok   MX \# 3 000100
ok   NS \# 1 00
ok   NS \# 3 016100
ok   NS \# 3 01ff00
ok   SRV \# 7 00000000000000
ok   DS \# 24 000108010102030405060708090a0b0c0d0e0f1011121314
ok   DS \# 5 0001080300
ok   DNSKEY \# 5 0101030800
ok   SSHFP \# 3 090900
ok   SSHFP \# 2 0909
ok   SSHFP \# 22 0101000102030405060708090a0b0c0d0e0f10111213
ok   TLSA \# 4 03010100
ok   NAPTR \# 8 0000000000000000
ok   HTTPS \# 3 000100
ok   HTTPS \# 9 0000 00 0003 0002 01bb
ok   HTTPS \# 16 0001 00 0001 0003 026832 0003 0002 01bb
ok   NULL \# 0
ok   APL \# 0
ok   KEYDATA \# 0
ok   UID \# 0
ok   SOA \# 22 00 00 00000001 00000002 00000003 00000004 00000005
bad  SOA \# 21 00 00 00000001 00000002 00000003 00000004 000000
bad  TYPE65280 \# 2 abc
bad  TYPE65280 \# 3 abcd
bad  TYPE65280 \# 1 abcd
bad  TYPE65280 \# 2
bad  TYPE65280 \# 0 00
bad  TYPE65280 \#
bad  TYPE65280 \# x
bad  TYPE65280 \# 65536 00
bad  TYPE65280 \# 2 "abcd"
bad  TYPE65280 \# 2 ab=cd
bad  A \# 3 c00002
bad  A \# 4 c00002010
bad  A \# 0
bad  MX \# 0
bad  MX \# 4 00010000
bad  MX \# 4 00010161
bad  TXT \# 0
bad  TXT \# 2 0241
bad  TXT \# 1 41
bad  NS \# 0
bad  NS \# 2 0161
bad  NS \# 2 c000
bad  NS \# 3 40 0000
bad  CNAME \# 2 0000
bad  SPF \#
bad  SPF \# x
bad  CAA \# 3 000000
bad  CAA \# 4 00012d00
bad  DS \# 4 00010801
bad  DS \# 4 00010803
bad  DS \# 25 000108010102030405060708090a0b0c0d0e0f101112131400
bad  DNSKEY \# 4 01010308
bad  SSHFP \# 2 0101
bad  SSHFP \# 3 010100
bad  TLSA \# 3 030101
bad  NAPTR \# 7 00000000000000
bad  HTTPS \# 2 0001
bad  HTTPS \# 7 00010000030000
bad  HTTPS \# 7 0001 00 0002 0000
bad  HTTPS \# 16 0001 00 0003 0002 01bb 0001 0003 026832
bad  HTTPS \# 16 0001 00 0000 0002 0003 0001 0003 026832
bad  HTTPS \# 11 0001 00 0000 0002 0003 00
bad  HINFO \# 0
bad  SVCB \# 0
`;

const KEY =
  'AwEAAagAIKlVZrpC6Ia7gEzahOR+9W29euxhJhVVLOyQbSEW0O8gcCjFFVQUTf6v58fLjwBd0YI0EzrAcQqBGCzh/RStIoO8g0NfnfL2MTJRkxoXbfDaUeVPQuYEhg37NZWAJQ9VnMVDxP/VHL496M/QZxkjf5/Efucp2gaDX6RS6CXpoY68LsvPVjR0ZSwzz1apAzvN9dlzEheX7ICJBBtuA6G3LQpzW5hOA2hzCTMjJPJ8LbqF6dsV6DoBQzgul0sGIcGOYl7OyQdXfZ57relSQageu+ipAdTTJ25AsRTAoub8ONGcLmqrAmRLKBP1dfwhYB4N7knNnulqQxA+Uk1ihz0=';

interface Case {
  line: string;
  type: string;
  rdata: string;
  accepted: boolean;
}

const CASES: Case[] = TABLE.split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [, verdict, type, rest] = /^(ok|bad)\s+(\S+)\s?(.*)$/.exec(line)!;
    const rdata = rest.replace(/\{K\}/g, KEY).replace(/\{([a-z])(\d+)\}/g, (_, ch: string, count: string) => ch.repeat(Number(count)));
    return { line, type, rdata, accepted: verdict === 'ok' };
  });

function ourVerdict({ type, rdata }: Case): { accepted: boolean; why: string } {
  const { findings } = parseRdata(type, rdata);
  const errors = findings.filter((f) => f.severity === 'error');
  return { accepted: errors.length === 0, why: errors.map((f) => `${f.code}: ${f.message}`).join('; ') };
}

function zoneFor({ type, rdata }: Case): string {
  const apex = type === 'SOA' ? `@ SOA ${rdata}` : '@ SOA ns1 host 1 2 3 4 5';
  const record = type === 'SOA' ? '' : `a ${type} ${rdata}\n`;
  return `$TTL 300\n${apex}\n@ NS ns1\nns1 A 192.0.2.1\n${record}`;
}

test('the table covers every type with a parser, good and bad', () => {
  assert.ok(CASES.length > 300, `only ${CASES.length} cases`);
  for (const type of ['A', 'AAAA', 'NS', 'CNAME', 'MX', 'SRV', 'SOA', 'TXT', 'SPF', 'CAA', 'DS', 'DNSKEY', 'SSHFP', 'TLSA', 'NAPTR', 'HTTPS']) {
    assert.ok(CASES.some((c) => c.type === type && c.accepted), `no good ${type} case`);
    assert.ok(CASES.some((c) => c.type === type && !c.accepted), `no bad ${type} case`);
  }
});

test('our rdata parsers accept and reject what BIND 9.18 does', () => {
  const disagreements = CASES.filter((c) => ourVerdict(c).accepted !== c.accepted).map((c) => `${c.line}: we ${ourVerdict(c).accepted ? 'accept' : `reject (${ourVerdict(c).why})`}`);
  assert.deepEqual(disagreements, []);
});

test('named-checkzone still gives every recorded verdict', async (t) => {
  if (!NAMED_CHECKZONE) {
    t.skip('named-checkzone is not installed (Debian package bind9-utils)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rdata-bind-'));
  const run = promisify(execFile);
  const check = async (c: Case, index: number): Promise<string | undefined> => {
    const file = join(dir, `case-${index}.zone`);
    writeFileSync(file, zoneFor(c));
    // -i none and -k ignore: only the rdata syntax decides, not integrity or host-name checks.
    const accepted = await run(NAMED_CHECKZONE, ['-i', 'none', '-k', 'ignore', 'example.com.', file]).then(() => true, () => false);
    return accepted === c.accepted ? undefined : `${c.line}: BIND ${accepted ? 'accepts' : 'rejects'}`;
  };
  try {
    const mismatches: string[] = [];
    for (let from = 0; from < CASES.length; from += 16) {
      const batch = await Promise.all(CASES.slice(from, from + 16).map((c, i) => check(c, from + i)));
      mismatches.push(...batch.filter((m): m is string => m !== undefined));
    }
    assert.deepEqual(mismatches, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
