/**
 * A list of problems found in input, each naming file, (sheet,) row and field, errors first.
 * Long lists are capped with a count of what was left out.
 */
import { useTranslation } from 'react-i18next';

import type { Issue } from '../../shared/model';
import { toLang } from '../../shared/format';

export function IssueList({ issues, max = 200, testId }: { issues: readonly Issue[]; max?: number; testId?: string }) {
  const { t, i18n } = useTranslation('common');
  const lang = toLang(i18n.language);
  if (issues.length === 0) return null;
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const shown = sorted.slice(0, max);
  return (
    <div className="issue-list" data-testid={testId}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('issue.level')}</th>
            <th scope="col">{t('issue.file')}</th>
            <th scope="col">{t('issue.row')}</th>
            <th scope="col">{t('issue.field')}</th>
            <th scope="col">{t('issue.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue, i) => (
            <tr key={i} className={`issue-${issue.severity}`} data-code={issue.code}>
              <td>{issue.severity === 'error' ? t('issue.error') : t('issue.warning')}</td>
              <td>{[issue.file, issue.section].filter(Boolean).join(' · ')}</td>
              <td className="num">{issue.row ?? ''}</td>
              <td>{issue.field ?? ''}</td>
              <td>
                {issue.message[lang]}
                {issue.value !== undefined ? <span className="issue-value"> “{issue.value}”</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown.length ? <p className="muted">{t('issue.more', { count: sorted.length - shown.length })}</p> : null}
    </div>
  );
}
