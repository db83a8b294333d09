export {
  WorkingCalendar,
  workingCalendarFromEnv,
  packageCoveredYears,
  type WorkingCalendarOptions,
  type WorkingDayAnswer,
  type Deadline,
} from './working-days.js';
export { loadSchedule, validateSchedule, type Schedule, type YearSchedule } from './schedule.js';
export {
  statutoryDaysOff,
  statutoryHolidays,
  STATUTORY_YEARS,
  type StatutoryHoliday,
  type StatutoryHolidayName,
} from './statutory.js';
export {
  calendarCoverage,
  CALENDAR_WARNING_CODES,
  type CalendarCoverage,
  type CalendarWarning,
  type CalendarWarningCode,
} from './coverage.js';
