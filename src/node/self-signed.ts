// A small X.509 writer, so `--tls` needs no runtime dependency and no `openssl` on the machine
// (the binary and the image have neither): an EC P-256 key and a v3 certificate in DER, signed
// with node:crypto. Node has parsers for certificates but no generator.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  sign,
} from 'node:crypto'
import { isIP } from 'node:net'

/** A PEM certificate and its PEM private key. */
export interface PemPair {
  readonly cert: string
  readonly key: string
}

export interface CertificateRequest {
  readonly commonName: string
  /** Host names and IP addresses the certificate is for (its subjectAltName). */
  readonly altNames?: readonly string[]
  /** Whether it may sign other certificates (a CA); a self-signed one is always a CA. */
  readonly ca?: boolean
  /** The CA that signs it; absent: self-signed. */
  readonly issuer?: PemPair & { readonly commonName: string }
  readonly days?: number
}

/** The names a local fake is reached by. */
export const LOCAL_NAMES = ['localhost', '127.0.0.1', '::1'] as const

/**
 * Creates a key and a certificate. Self-signed ones are CA:TRUE with key identifiers, so strict
 * verifiers (Python 3.13's default context, Go) accept them as their own trust anchor.
 * @example const { cert, key } = createCertificate({ commonName: 'yr-meta-mock', altNames: LOCAL_NAMES })
 */
export function createCertificate(request: CertificateRequest): PemPair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const issuerKey = request.issuer ? toPrivateKey(request.issuer.key) : privateKey
  const issuerSpki = request.issuer ? spkiOfCertificateKey(issuerKey) : spki
  const isCa = request.issuer === undefined || request.ca === true
  const now = Date.now()
  const extensions = [
    extension(OID.basicConstraints, true, sequence(isCa ? [der(0x01, Buffer.from([0xff]))] : [])),
    // digitalSignature, plus keyCertSign and cRLSign for a CA.
    extension(OID.keyUsage, true, der(0x03, Buffer.from(isCa ? [0x01, 0x86] : [0x07, 0x80]))),
    extension(OID.subjectKeyIdentifier, false, der(0x04, keyId(spki))),
    extension(OID.authorityKeyIdentifier, false, sequence([der(0x80, keyId(issuerSpki))])),
  ]
  if (request.altNames?.length) {
    extensions.push(extension(OID.subjectAltName, false, sequence(request.altNames.map(generalName))))
  }
  const tbs = sequence([
    der(0xa0, integer(Buffer.from([2]))),
    integer(serialNumber()),
    sequence([oid(OID.ecdsaWithSha256)]),
    name(request.issuer?.commonName ?? request.commonName),
    sequence([time(new Date(now - 3_600_000)), time(new Date(now + (request.days ?? 365) * 86_400_000))]),
    name(request.commonName),
    spki,
    der(0xa3, sequence(extensions)),
  ])
  const signature = sign('sha256', tbs, issuerKey)
  const certificate = sequence([tbs, sequence([oid(OID.ecdsaWithSha256)]), bitString(signature)])
  return {
    cert: toPem('CERTIFICATE', certificate),
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
}

const OID = {
  commonName: '2.5.4.3',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  subjectAltName: '2.5.29.17',
}

function toPrivateKey(pem: string): KeyObject {
  return createPrivateKey(pem)
}

function spkiOfCertificateKey(key: KeyObject): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' })
}

/** The key identifier: SHA-1 of the public key's bits, as RFC 5280 §4.2.1.2 (1) suggests. */
function keyId(spki: Buffer): Buffer {
  // The BIT STRING is the SPKI's last element; for P-256 it is 66 bytes (tag, length, 0, 65 bytes).
  return createHash('sha1')
    .update(spki.subarray(spki.length - 65))
    .digest()
}

function generalName(entry: string): Buffer {
  if (isIP(entry) === 4) return der(0x87, Buffer.from(entry.split('.').map(Number)))
  if (isIP(entry) === 6) return der(0x87, ipv6Bytes(entry))
  return der(0x82, Buffer.from(entry, 'ascii'))
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail = ''] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left
  return Buffer.from(
    groups.flatMap((group) => [(parseInt(group, 16) >> 8) & 0xff, parseInt(group, 16) & 0xff]),
  )
}

function name(commonName: string): Buffer {
  return sequence([der(0x31, sequence([oid(OID.commonName), der(0x0c, Buffer.from(commonName, 'utf8'))]))])
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  const parts = [oid(id)]
  if (critical) parts.push(der(0x01, Buffer.from([0xff])))
  parts.push(der(0x04, value))
  return sequence(parts)
}

function serialNumber(): Buffer {
  const bytes = randomBytes(16)
  bytes[0] = (bytes[0] ?? 0) & 0x7f // positive
  return bytes
}

function time(date: Date): Buffer {
  // UTCTime (YYMMDDHHMMSSZ) until 2050, as RFC 5280 requires; GeneralizedTime after.
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  return date.getUTCFullYear() < 2050
    ? der(0x17, Buffer.from(`${iso.slice(2)}Z`))
    : der(0x18, Buffer.from(`${iso}Z`))
}

function integer(bytes: Buffer): Buffer {
  return der(0x02, (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes)
}

function bitString(bytes: Buffer): Buffer {
  return der(0x03, Buffer.concat([Buffer.from([0]), bytes]))
}

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number)
  const bytes = [first * 40 + second]
  for (const arc of rest) {
    const chunk = [arc & 0x7f]
    for (let value = arc >> 7; value > 0; value >>= 7) chunk.unshift((value & 0x7f) | 0x80)
    bytes.push(...chunk)
  }
  return der(0x06, Buffer.from(bytes))
}

function sequence(parts: readonly Buffer[]): Buffer {
  return der(0x30, Buffer.concat(parts))
}

function der(tag: number, body: Buffer): Buffer {
  const length = body.length
  const header =
    length < 0x80
      ? [tag, length]
      : length < 0x100
        ? [tag, 0x81, length]
        : [tag, 0x82, length >> 8, length & 0xff]
  return Buffer.concat([Buffer.from(header), body])
}

function toPem(label: string, body: Buffer): string {
  const lines = body.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}
