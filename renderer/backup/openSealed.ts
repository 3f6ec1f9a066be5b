/**
 * Opens a file that may be passphrase-encrypted, asking for the passphrase as often as needed:
 * a wrong one shows why and asks again; cancelling yields undefined and nothing is read further.
 */
import i18next from 'i18next';

import { isEncrypted, openBytes } from '../../shared/backup';
import { toLang } from '../../shared/format';
import { askPassphrase } from './backupStore';

export type OpenedFile = { text: string; bytes: Uint8Array; encrypted: boolean };

/**
 * @param bytes the file's bytes
 * @param fileName for the prompt
 * @returns the plain text and bytes, or undefined when the user cancelled
 */
export async function openSealedFile(bytes: Uint8Array, fileName: string): Promise<OpenedFile | undefined> {
  if (!isEncrypted(bytes)) return { text: new TextDecoder().decode(bytes), bytes, encrypted: false };
  let error: string | undefined;
  for (;;) {
    const passphrase = await askPassphrase('open', error === undefined ? { fileName } : { fileName, error });
    if (passphrase === undefined) return undefined;
    const opened = await openBytes(bytes, passphrase);
    if (opened.ok) return { text: opened.text, bytes: new TextEncoder().encode(opened.text), encrypted: true };
    const lang = toLang(i18next.language);
    error = opened.error.code === 'wrong-passphrase-or-corrupt' ? i18next.t('backup:passphrase.wrong') : opened.error.message[lang];
  }
}
