/** Several hospitals side by side: plans and spend per year per member project, summed. */
export { groupForecast, groupTable } from './group';
export type { GroupForecast, GroupMember, HospitalPlan } from './group';
