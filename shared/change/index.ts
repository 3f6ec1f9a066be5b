/** Training and change management as effort and cost (issue 16). */
export * from './training';
