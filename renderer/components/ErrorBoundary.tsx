/**
 * Catches a crash while rendering a view (issue 15 #7: a hostile asset blanked the Plan and Graph
 * views) and shows a calm message with a way back instead of a blank page. The data is in
 * IndexedDB and untouched; "try again" re-renders the view, "back" goes to a safe view.
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from './Button';

type Props = { children: ReactNode; onBack: () => void; backLabel: string };
type State = { error?: Error };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console only (no user data in logs beyond the message; R-C4 keeps hostnames out of reports).
    console.warn('view crashed', error.name, info.componentStack?.split('\n')[1]?.trim());
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <CrashNotice error={this.state.error} onRetry={() => this.setState({ error: undefined })} onBack={this.props.onBack} backLabel={this.props.backLabel} />;
  }
}

function CrashNotice({ error, onRetry, onBack, backLabel }: { error: Error; onRetry: () => void; onBack: () => void; backLabel: string }) {
  const { t } = useTranslation('common');
  return (
    <div className="empty-state" role="alert" data-testid="view-crash">
      <p className="empty-title">{t('crash.title')}</p>
      <div className="empty-body">
        <p>{t('crash.body')}</p>
        <p className="muted">
          {t('crash.detail')}
          <code>{error.message.slice(0, 200)}</code>
        </p>
        <Button onClick={onRetry}>{t('crash.retry')}</Button>{' '}
        <Button variant="primary" onClick={onBack}>
          {backLabel}
        </Button>
      </div>
    </div>
  );
}
