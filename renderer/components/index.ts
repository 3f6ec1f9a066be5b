/** Shared UI pieces other views reuse. Keep each small and documented. */
export { Button } from './Button';
export { Chip } from './Chip';
export type { ChipTone } from './Chip';
export { EmptyState } from './EmptyState';
export { FilterSelect } from './FilterSelect';
export { TabList } from './TabList';
export { Toolbar } from './Toolbar';
export { pushToast } from './toasts';
export { formatMoney, formatNumber, formatShare, toLang } from '../../shared/format';
export type { Lang } from '../../shared/format';
