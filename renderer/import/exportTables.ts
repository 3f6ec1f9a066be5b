/**
 * CSV and XLSX exports of the asset list. Loaded lazily: the XLSX writer is a large chunk.
 * TODO(shared/io): switch to exportAssetsCsv / exportAssetsXlsx when shared/io lands.
 */
import type { Asset } from '../../shared/model';

export async function exportAssetsTable(_assets: readonly Asset[], format: 'csv' | 'xlsx', _lang: 'zh' | 'en'): Promise<{ bytes: Uint8Array | string; mime: string }> {
  return Promise.reject(new Error(`${format} export is not available in this build`));
}
