/**
 * The renderer's only door to the host: the Electron preload bridge when it exists, the browser's
 * file input and downloads otherwise (`npm run web`). Views call these, never `window.*` bridges.
 */

export type PickedFile = { name: string; bytes: Uint8Array };

export type FileFilter = { name: string; extensions: string[] };

/** Lets the user choose a file to import. Resolves undefined when cancelled. */
export async function pickFile(filters: FileFilter[]): Promise<PickedFile | undefined> {
  const accept = filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  const file = await new Promise<File | undefined>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
  if (!file) return undefined;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Saves bytes under a suggested name: a download in the browser. */
export async function saveFile(suggestedName: string, bytes: Uint8Array | string, mime: string): Promise<boolean> {
  const blob = new Blob([typeof bytes === 'string' ? bytes : bytes.slice().buffer], { type: mime });
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoke after the click has been handled; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return Promise.resolve(true);
}

export const isDesktop = (): boolean => false;
