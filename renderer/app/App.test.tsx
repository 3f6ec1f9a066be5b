/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { db } from '../db/database';
import { listProjects } from '../db/projects';
import { initI18n } from '../i18n';
import { stubLayout } from '../test-setup/dom';
import { App } from './App';

let restoreLayout: () => void;

describe('App start-up', () => {
  beforeAll(() => {
    initI18n('zh');
    restoreLayout = stubLayout();
    // jsdom has no StorageManager: stand in for a browser that refuses persistence.
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false), estimate: () => Promise.resolve({ usage: 1024, quota: 1024 ** 3 }) },
    });
  });
  afterAll(() => {
    restoreLayout();
    Reflect.deleteProperty(navigator, 'storage');
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
    await db.open();
  });

  it('opens on the sample tertiary hospital on first start, asks for persistent storage and says it was not granted', async () => {
    render(<App />);
    await screen.findByTestId('inventory-counts', {}, { timeout: 10_000 });
    const projects = await listProjects();
    expect(projects).toHaveLength(1);
    expect(projects[0]!.id).toBe('sample-tertiary');
    expect(screen.getByTestId('active-project').textContent).toBe(projects[0]!.name);
    expect((await screen.findByTestId('storage-banner')).textContent).toContain('持久存储');
    await waitFor(async () => expect(await db.settings.get('activeProjectId')).toEqual({ key: 'activeProjectId', value: 'sample-tertiary' }));
  });
});
