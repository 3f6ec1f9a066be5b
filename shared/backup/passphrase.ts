/**
 * Passphrase encryption of exports and backups (QUALITY.md R-C2): AES-256-GCM with a key from
 * PBKDF2-SHA256 (>= 600,000 iterations), fresh salt and IV each time, and a versioned header that
 * is authenticated as additional data, so flipping any byte of header or body fails.
 *
 * File layout: "XCPE" magic (4 bytes) | header length (uint16 BE) | header JSON (UTF-8) | ciphertext+tag.
 * Uses WebCrypto, present in Node 20, Chromium and Electron alike.
 */

export const ENCRYPTED_MAGIC = 'XCPE';
export const MIN_PBKDF2_ITERATIONS = 600_000;
/**
 * Most iterations a file header may ask for. We write 600,000; a header asking for 10 million
 * would make opening the file spin for minutes before the passphrase is even checked (issue 15 #11).
 */
export const MAX_PBKDF2_ITERATIONS = 2_000_000;
const FORMAT_VERSION = 1;

export type EncryptionHeader = {
  v: number;
  kdf: 'PBKDF2-SHA256';
  iter: number;
  salt: string;
  iv: string;
  alg: 'AES-256-GCM';
};

export type DecryptError = {
  code: 'not-encrypted' | 'bad-header' | 'unsupported-version' | 'weak-kdf' | 'wrong-passphrase-or-corrupt';
  message: { zh: string; en: string };
};

/** The subset of WebCrypto used here (shared/ compiles without DOM types). */
type CryptoKeyLike = object;
type SubtleLike = {
  importKey(format: 'raw', key: Uint8Array, algorithm: string, extractable: boolean, usages: string[]): Promise<CryptoKeyLike>;
  deriveKey(algorithm: object, base: CryptoKeyLike, derived: object, extractable: boolean, usages: string[]): Promise<CryptoKeyLike>;
  encrypt(algorithm: object, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: object, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
};
type CryptoLike = { subtle: SubtleLike; getRandomValues<T extends Uint8Array>(array: T): T };

const webCrypto = (): CryptoLike => (globalThis as unknown as { crypto: CryptoLike }).crypto;

/** True when the bytes start with the encrypted-file magic. */
export function isEncrypted(bytes: Uint8Array): boolean {
  return bytes.length > 6 && new TextDecoder().decode(bytes.subarray(0, 4)) === ENCRYPTED_MAGIC;
}

/**
 * Encrypts bytes under a passphrase.
 * @param plain the export or backup bytes
 * @param passphrase the user's passphrase
 * @param iterations PBKDF2 iterations (never below the minimum)
 */
export async function encryptBytes(plain: Uint8Array, passphrase: string, iterations = MIN_PBKDF2_ITERATIONS): Promise<Uint8Array> {
  if (iterations < MIN_PBKDF2_ITERATIONS) throw new RangeError(`PBKDF2 iterations must be >= ${MIN_PBKDF2_ITERATIONS}`);
  const crypto = webCrypto();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: EncryptionHeader = { v: FORMAT_VERSION, kdf: 'PBKDF2-SHA256', iter: iterations, salt: toBase64(salt), iv: toBase64(iv), alg: 'AES-256-GCM' };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(6 + headerBytes.length);
  prefix.set(new TextEncoder().encode(ENCRYPTED_MAGIC), 0);
  prefix[4] = headerBytes.length >> 8;
  prefix[5] = headerBytes.length & 0xff;
  prefix.set(headerBytes, 6);
  const key = await deriveKey(passphrase, salt, iterations);
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: prefix, tagLength: 128 }, key, plain));
  const out = new Uint8Array(prefix.length + cipher.length);
  out.set(prefix, 0);
  out.set(cipher, prefix.length);
  return out;
}

/**
 * Decrypts bytes made by `encryptBytes`. Never throws: a wrong passphrase or any flipped byte is a
 * typed error, so an import with a wrong passphrase imports nothing.
 */
export async function decryptBytes(bytes: Uint8Array, passphrase: string): Promise<{ ok: true; value: Uint8Array } | { ok: false; error: DecryptError }> {
  const fail = (code: DecryptError['code'], zh: string, en: string) => ({ ok: false as const, error: { code, message: { zh, en } } });
  if (!isEncrypted(bytes)) return fail('not-encrypted', '文件未加密', 'the file is not encrypted');
  const headerLength = (bytes[4]! << 8) | bytes[5]!;
  if (6 + headerLength >= bytes.length) return fail('bad-header', '加密文件头已损坏', 'the encrypted file header is damaged');
  const prefix = bytes.subarray(0, 6 + headerLength);
  let header: EncryptionHeader;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(prefix.subarray(6))) as EncryptionHeader;
  } catch {
    return fail('bad-header', '加密文件头已损坏', 'the encrypted file header is damaged');
  }
  if (header.v !== FORMAT_VERSION || header.alg !== 'AES-256-GCM' || header.kdf !== 'PBKDF2-SHA256') {
    return fail('unsupported-version', '不支持的加密格式版本', 'unsupported encryption format version');
  }
  if (!Number.isInteger(header.iter) || header.iter < MIN_PBKDF2_ITERATIONS || header.iter > MAX_PBKDF2_ITERATIONS) {
    return fail('weak-kdf', '密钥派生参数不安全，拒绝解密', 'unsafe key-derivation parameters; refusing to decrypt');
  }
  try {
    const salt = fromBase64(header.salt);
    const iv = fromBase64(header.iv);
    if (salt.length !== 16 || iv.length !== 12) return fail('bad-header', '加密文件头已损坏', 'the encrypted file header is damaged');
    const key = await deriveKey(passphrase, salt, header.iter);
    const plain = await webCrypto().subtle.decrypt({ name: 'AES-GCM', iv, additionalData: prefix, tagLength: 128 }, key, bytes.subarray(prefix.length));
    return { ok: true, value: new Uint8Array(plain) };
  } catch {
    return fail('wrong-passphrase-or-corrupt', '口令错误或文件已损坏，未导入任何内容', 'wrong passphrase or damaged file; nothing was imported');
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKeyLike> {
  const subtle = webCrypto().subtle;
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
