/** Export buttons for the active project: project file, CSV, XLSX. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { pushToast } from '../../components/toasts';
import { exportProject } from '../../import/exporting';
import type { ExportFormat } from '../../import/exporting';
import { toLang } from '../../../shared/format';

export function ExportMenu({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('inventory');
  const [busy, setBusy] = useState(false);
  const run = (format: ExportFormat) => {
    setBusy(true);
    exportProject(projectId, format, toLang(i18n.language))
      .catch((error: unknown) => pushToast({ tone: 'error', text: t('export.failed', { message: error instanceof Error ? error.message : String(error) }) }))
      .finally(() => setBusy(false));
  };
  return (
    <div className="export-menu" role="group" aria-label={t('export.label')}>
      <span className="export-label">{t('export.label')}</span>
      <Button disabled={busy} onClick={() => run('project')} title={t('export.projectHint')}>
        {t('export.project')}
      </Button>
      <Button disabled={busy} onClick={() => run('project-encrypted')}>{t('backup:exportEncrypted')}</Button>
      <Button disabled={busy} onClick={() => run('csv')}>
        CSV
      </Button>
      <Button disabled={busy} onClick={() => run('xlsx')}>
        XLSX
      </Button>
    </div>
  );
}
