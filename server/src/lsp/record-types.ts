// Names and defining RFCs of the common record types and classes, for hovers.

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
};

export const RECORD_CLASSES: Readonly<Record<string, TypeInfo>> = {
  IN: { name: 'the Internet', rfc: 'RFC 1035 §3.2.4' },
  CH: { name: 'Chaos', rfc: 'RFC 1035 §3.2.4' },
  HS: { name: 'Hesiod', rfc: 'RFC 1035 §3.2.4' },
};
