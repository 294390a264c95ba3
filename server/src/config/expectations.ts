// What the user told us Postmark expects for a domain (postmark-zone.json or settings).
// Host names are as Postmark's DNS settings page shows them: relative to the domain
// (`pm-bounces`, `20231012123456pm._domainkey`) or absolute with a trailing dot.

export interface DkimExpectation {
  /** e.g. `20231012123456pm._domainkey` */
  host: string;
  /** The TXT value Postmark shows, e.g. `k=rsa; p=MIGf...` */
  value?: string;
}

export interface DomainExpectations {
  /** The domain these expectations are for (the zone apex or a subdomain sending mail). */
  domain: string;
  /** Current and, during rotation, pending DKIM selectors. */
  dkim?: DkimExpectation[];
  /** Return-Path host; default `pm-bounces`. */
  returnPath?: { host: string };
  /** Inbound MX host (`@` for the domain itself, or a subdomain). */
  inbound?: { host: string };
  /** Custom link-tracking CNAME: host and the target shown in Postmark. */
  tracking?: { host: string; target: string };
  /** Expected DMARC aggregate-report address(es), e.g. `mailto:re+abc@dmarc.postmarkapp.com`. */
  dmarc?: { rua?: string };
}
