/** Several hospitals side by side: plans and spend per year per member project, summed. */
export { groupForecast, groupTable } from './group';
export type { GroupForecast, GroupMember, GroupTableLabels, HospitalPlan, AnalyseFn } from './group';
