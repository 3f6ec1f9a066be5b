// The desktop shell's preload bridge (electron/preload.ts), present only inside the Electron app.
// Views never touch it: renderer/platform/ is the one place that does.
import type { PlannerBridge } from '../shared/ipc';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- global augmentation needs an interface
  interface Window {
    planner?: PlannerBridge;
  }
}

export {};
