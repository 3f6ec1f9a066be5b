/** Shared UI pieces other views reuse. Keep each small and documented. */
export { Button } from './Button';
export type { ButtonProps } from './Button';
export { Chip } from './Chip';
export type { ChipTone } from './Chip';
export { Dialog } from './Dialog';
export { EmptyState } from './EmptyState';
export { MoneyUnitPicker } from './MoneyUnitPicker';
export { Toolbar } from './Toolbar';
export { ToastHost } from './ToastHost';
export { pushToast, useToasts } from './toasts';
export { formatBytes, formatDate, formatDateTime, formatMoney, formatNumber, formatShare, toLang } from '../../shared/format';
export type { Lang, MoneyUnit } from '../../shared/format';
