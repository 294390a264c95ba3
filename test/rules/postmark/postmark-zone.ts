// Zone text the postmark/ and dmarc/ tables share: a head whose SOA names are relative, and the
// records that make a zone "use Postmark" (the Return-Path CNAME, a DKIM key at a Postmark selector).
export const HEAD = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n';
export const RETURN_PATH = 'pm-bounces IN CNAME pm.mtasv.net.\n';
export const DKIM = '20231012123456pm._domainkey IN TXT "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1"\n';
