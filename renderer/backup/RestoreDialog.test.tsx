/** @vitest-environment jsdom */
// The restore dialog names what it will replace only once it knows the projects: while their
// names are still being read, it is still reading, never "restored as a new project".
import 'fake-indexeddb/auto';

import { act, cleanup, render, screen } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { serializeProjectFile } from '../../shared/io';
import { DEFAULT_SCENARIO } from '../../shared/model';
import type { ProjectFile } from '../../shared/model';
import { initI18n } from '../i18n';
import { useAppStore } from '../state/store';
import { RestoreDialog } from './RestoreDialog';

/** The project names as the hook gives them, released by the test (undefined: still being read). */
const names = (() => {
  let value: Record<string, string> | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next: Record<string, string> | undefined) => {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
})();

vi.mock('../hooks/useProjects', () => ({ useProjectNames: () => useSyncExternalStore(names.subscribe, names.get) }));

const file: ProjectFile = {
  format: 'xcplan',
  version: 2,
  project: { name: '示例医院', startDate: '2027-01-01', horizonYears: 5, waveMonths: 3 },
  assets: [{ id: 'PC-1', name: '门诊医生工作站', category: 'terminal', quantity: 30 }],
  dependencies: [],
  scenario: { ...DEFAULT_SCENARIO, pins: {} },
};

describe('restore dialog', () => {
  beforeAll(() => initI18n('zh'));
  afterEach(() => cleanup());

  it('says it replaces the active project, and says nothing about the target before the names are read', async () => {
    names.set(undefined);
    useAppStore.getState().setActiveProject('hospital');
    const bytes = new TextEncoder().encode(serializeProjectFile(file));
    const input = { name: 'hospital.xcplan.json', load: () => Promise.resolve(bytes) };
    render(<RestoreDialog input={input} onClose={() => undefined} />);
    // The file is read; the names are not yet.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByTestId('restore-target')).toBeNull();
    expect(document.body.textContent).toContain('正在读取 hospital.xcplan.json');

    act(() => names.set({ hospital: '示例医院' }));
    expect((await screen.findByTestId('restore-target')).textContent).toBe('将替换当前项目“示例医院”。');
    expect(screen.getByTestId<HTMLButtonElement>('restore-confirm').disabled).toBe(false);
  });
});
