// Names and defining RFCs of the record types whose data is checked, and the classes, for hovers.

export interface TypeInfo {
  name: string;
  rfc: string;
}

export const RECORD_TYPES: Readonly<Record<string, TypeInfo>> = {
  A: { name: 'IPv4 host address', rfc: 'RFC 1035 §3.4.1' },
  AAAA: { name: 'IPv6 host address', rfc: 'RFC 3596 §2.2' },
  NS: { name: 'authoritative name server', rfc: 'RFC 1035 §3.3.11' },
  CNAME: { name: 'canonical name (alias)', rfc: 'RFC 1035 §3.3.1' },
  SOA: { name: 'start of a zone of authority', rfc: 'RFC 1035 §3.3.13' },
  PTR: { name: 'domain name pointer', rfc: 'RFC 1035 §3.3.12' },
  MX: { name: 'mail exchange', rfc: 'RFC 1035 §3.3.9' },
  TXT: { name: 'text strings', rfc: 'RFC 1035 §3.3.14' },
  SPF: { name: 'sender policy framework (obsolete type; publish SPF in TXT)', rfc: 'RFC 7208 §3.1' },
  HINFO: { name: 'host information', rfc: 'RFC 1035 §3.3.2' },
  DNAME: { name: 'delegation name (subtree alias)', rfc: 'RFC 6672' },
  SRV: { name: 'service location', rfc: 'RFC 2782' },
  NAPTR: { name: 'naming authority pointer', rfc: 'RFC 3403 §4' },
  CAA: { name: 'certification authority authorization', rfc: 'RFC 8659' },
  DS: { name: 'delegation signer', rfc: 'RFC 4034 §5' },
  DNSKEY: { name: 'DNSSEC public key', rfc: 'RFC 4034 §2' },
  RRSIG: { name: 'DNSSEC signature', rfc: 'RFC 4034 §3' },
  NSEC: { name: 'next secure record', rfc: 'RFC 4034 §4' },
  NSEC3: { name: 'hashed next secure record', rfc: 'RFC 5155' },
  NSEC3PARAM: { name: 'NSEC3 parameters', rfc: 'RFC 5155 §4' },
  CDS: { name: 'child copy of DS', rfc: 'RFC 7344' },
  CDNSKEY: { name: 'child copy of DNSKEY', rfc: 'RFC 7344' },
  TLSA: { name: 'TLS certificate association (DANE)', rfc: 'RFC 6698' },
  SSHFP: { name: 'SSH key fingerprint', rfc: 'RFC 4255' },
  SVCB: { name: 'service binding', rfc: 'RFC 9460' },
  HTTPS: { name: 'HTTPS service binding', rfc: 'RFC 9460' },
  LOC: { name: 'location information', rfc: 'RFC 1876' },
  URI: { name: 'uniform resource identifier', rfc: 'RFC 7553' },
  OPENPGPKEY: { name: 'OpenPGP public key', rfc: 'RFC 7929' },
  SMIMEA: { name: 'S/MIME certificate association', rfc: 'RFC 8162' },
  ZONEMD: { name: 'zone message digest', rfc: 'RFC 8976' },
  RP: { name: 'responsible person', rfc: 'RFC 1183 §2.2' },
  AFSDB: { name: 'AFS database location', rfc: 'RFC 1183 §1' },
  KX: { name: 'key exchanger', rfc: 'RFC 2230' },
  WKS: { name: 'well-known services (obsolete)', rfc: 'RFC 1035 §3.4.2' },
  CERT: { name: 'certificate', rfc: 'RFC 4398' },
  APL: { name: 'address prefix list', rfc: 'RFC 3123' },
  IPSECKEY: { name: 'IPsec keying material', rfc: 'RFC 4025' },
  DHCID: { name: 'DHCP client identifier', rfc: 'RFC 4701' },
  CSYNC: { name: 'child-to-parent synchronisation', rfc: 'RFC 7477' },
  EUI48: { name: '48-bit MAC address', rfc: 'RFC 7043' },
  EUI64: { name: '64-bit MAC address', rfc: 'RFC 7043' },
  NID: { name: 'ILNP node identifier', rfc: 'RFC 6742' },
  L32: { name: 'ILNP 32-bit locator', rfc: 'RFC 6742' },
  L64: { name: 'ILNP 64-bit locator', rfc: 'RFC 6742' },
  LP: { name: 'ILNP locator pointer', rfc: 'RFC 6742' },
};

export const RECORD_CLASSES: Readonly<Record<string, TypeInfo>> = {
  IN: { name: 'the Internet', rfc: 'RFC 1035 §3.2.4' },
  CH: { name: 'Chaos', rfc: 'RFC 1035 §3.2.4' },
  HS: { name: 'Hesiod', rfc: 'RFC 1035 §3.2.4' },
};
