export {
  WorkingCalendar,
  workingCalendarFromEnv,
  packageCoveredYears,
  type WorkingCalendarOptions,
  type WorkingDayAnswer,
  type Deadline,
} from './working-days.js';
export { loadSchedule, validateSchedule, type Schedule, type YearSchedule } from './schedule.js';
