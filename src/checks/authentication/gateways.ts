/**
 * Security gateways that rewrite the links of incoming mail so that they can check them when clicked. The
 * rewrite changes the body after the sender signed it, so the DKIM body hash no longer matches; that is the
 * gateway at work, not a forger (docs/authentication.md "Changed on the way in"). How their links are read
 * back to the original address is in src/amazon/link-patterns.ts (REDIRECTORS); this table says how to
 * recognise that a gateway handled the mail on the receiving side. Sources: docs/sources.md#link-rewriting-gateways.
 */

export interface LinkRewritingGateway {
  name: string;
  /** Text found in the host of every link the gateway writes (lower case). */
  linkHosts: readonly string[];
  /** Header fields (lower-case prefixes) the gateway adds to the mail it receives. */
  headerPrefixes: readonly string[];
  /** Registrable domains of the gateway's receiving hosts, as they appear in Received headers. */
  hostDomains: readonly string[];
}

export const LINK_REWRITING_GATEWAYS: readonly LinkRewritingGateway[] = [
  {
    name: 'Microsoft Defender Safe Links',
    linkHosts: ['.safelinks.protection.outlook.com'],
    headerPrefixes: ['x-ms-exchange-', 'x-microsoft-antispam'],
    hostDomains: ['outlook.com', 'office365.com'],
  },
  {
    name: 'Proofpoint URL Defense',
    linkHosts: ['urldefense.proofpoint.com', 'urldefense.com'],
    headerPrefixes: ['x-proofpoint-'],
    hostDomains: ['pphosted.com', 'ppe-hosted.com'],
  },
  {
    name: 'Mimecast URL Protect',
    linkHosts: ['.mimecast.com/s/', 'url.uk.m.mimecastprotect.com', '.mimecastprotect.com'],
    headerPrefixes: ['x-mimecast-'],
    hostDomains: ['mimecast.com', 'mimecast-offshore.com'],
  },
  {
    name: 'Barracuda Link Protection',
    linkHosts: ['linkprotect.cudasvc.com'],
    headerPrefixes: ['x-barracuda-'],
    hostDomains: ['barracudanetworks.com', 'cudamail.com'],
  },
  {
    name: 'Cisco Secure Email',
    linkHosts: ['secure-web.cisco.com'],
    headerPrefixes: ['x-ironport-', 'x-ipas', 'x-cisco-'],
    hostDomains: ['iphmx.com'],
  },
  {
    name: 'Trend Micro Email Security',
    linkHosts: ['.trendmicro.com/wis/clicktime'],
    headerPrefixes: ['x-tm-as-', 'x-tmase-', 'x-tm-received-spf'],
    hostDomains: ['trendmicro.com', 'trendmicro.eu'],
  },
  {
    name: 'Sophos Email',
    linkHosts: ['.protection.sophos.com'],
    headerPrefixes: ['x-sophos-'],
    hostDomains: ['sophos.com'],
  },
  {
    name: 'Trellix (FireEye) Email Security',
    linkHosts: ['protect2.fireeye.com'],
    headerPrefixes: ['x-fireeye', 'x-feas-'],
    hostDomains: ['fireeye.com', 'trellix.com'],
  },
];
