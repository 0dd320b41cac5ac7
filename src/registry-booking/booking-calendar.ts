/**
 * The calendar of <registry-booking>: the month navigation, the month grid and the free times
 * of the chosen day. The grid follows the WAI-ARIA date picker grid (APG "Date Picker Dialog"),
 * minus the dialog: a `role="grid"` table, one tab stop (roving tabindex), arrows move by day
 * and week, Home/End to the week's ends, PageUp/PageDown by month (Shift: by year). Every day is
 * a button whose name says the date and how many free slots it has.
 */
import { html, nothing } from 'lit';
import { formatDate } from '../core/format.js';
import { iconError } from '../core/icons.js';
import { renderOption } from './booking-services.js';
import { slotWords } from './booking-text.js';
import {
  addMonths,
  formatMonth,
  isFocusKey,
  monthGrid,
  moveFocusDate,
  toDayKey,
  weekdayNames,
} from './office-time.js';
import type { TemplateResult } from 'lit';
import type { BookingViewContext } from './booking-view-context.js';
import type { Slot, YearMonth } from './office-time.js';

/** The month on screen, worked out by the element from the slots' answer. */
export interface CalendarMonth {
  ym: YearMonth;
  /** Today in the office's timezone. */
  today: string;
  /** First day of the current month: nothing earlier can be shown. */
  min: string;
  /** Free slots per day; undefined while the month loads or when it failed. */
  counts?: ReadonlyMap<string, number>;
  selected?: string;
  /** The day that holds the grid's tab stop. */
  focus: string;
  /** Shown under the grid: loading, the failure, or nothing. */
  status: unknown;
  /** An empty month: the next free appointment (formatted) and the month to go to. */
  empty?: { nextDay: string; target: YearMonth };
}

/** The grid's rows: weekday headers, then weeks; days of other months are empty cells. */
function renderMonthGrid(view: BookingViewContext, params: CalendarMonth): TemplateResult {
  const long = weekdayNames(view.lang);
  const short = weekdayNames(view.lang, 'short');
  return html`<table role="grid" part="grid" class="grid" aria-labelledby="month-title">
    <thead>
      <tr>
        ${short.map((abbreviation, index) => html`<th scope="col" abbr=${long[index]!}>${abbreviation.replace('.', '')}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${monthGrid(params.ym.year, params.ym.month).map(
        (week) =>
          html`<tr>
            ${week.map((day) => {
              if (!day.inMonth) return html`<td role="gridcell"></td>`;
              const free = params.counts?.get(day.iso) ?? 0;
              const label = !params.counts
                ? ''
                : free < 0
                  ? `, ${view.message('freeSome')}`
                  : `, ${view.message('free', { count: free })}`;
              return html`<td
                role="gridcell"
                aria-selected=${day.iso === view.day ? 'true' : 'false'}
              >
                <button
                  type="button"
                  part="day"
                  class="day ${free ? 'free' : ''}"
                  data-day=${day.iso}
                  tabindex=${day.iso === params.focus ? 0 : -1}
                  aria-label=${formatDate(day.iso, view.lang, undefined, 'long') + label}
                  aria-disabled=${free ? nothing : 'true'}
                  aria-current=${day.iso === params.today ? 'date' : nothing}
                >
                  ${day.day}
                </button>
              </td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function renderCalendar(view: BookingViewContext, params: CalendarMonth): TemplateResult {
  const { message, lang } = view;
  const { ym } = params;
  const from = `${ym.year}-${String(ym.month).padStart(2, '0')}-01`;
  const nav = (delta: number, label: 'prevMonth' | 'nextMonth', text: string) =>
    html`<button
      class="button secondary ${label}"
      type="button"
      aria-label=${message(label)}
      ?disabled=${delta < 0 && from <= params.min}
      @click=${() => {
        const target = addMonths(ym.year, ym.month, delta);
        // Back at the first month the "previous" button is disabled: focus moves on, not to <body>.
        const reachesMin = delta < 0 && `${toDayKey(target.year, target.month, 1)}` <= params.min;
        view.on.month(target, reachesMin ? '.nextMonth' : undefined);
      }}
    >
      <span aria-hidden="true">${text}</span>
    </button>`;
  const empty = params.empty;
  return html`<section part="calendar" class="calendar" aria-labelledby="cal-title">
    ${view.heading(message('chooseDay'), 'cal-title', 1)}
    <div class="month-nav">
      ${nav(-1, 'prevMonth', '‹')}
      <div id="month-title" class="month" aria-live="polite">
        ${formatMonth(ym.year, ym.month, lang)}
      </div>
      ${nav(1, 'nextMonth', '›')}
    </div>
    <div
      @keydown=${(event: KeyboardEvent) => view.on.gridKey(event, params.focus, params.min)}
      @click=${view.on.day}
    >
      ${renderMonthGrid(view, params)}
    </div>
    ${
      empty
        ? html`<div class="empty" role="status">
            <p>
              ${message('emptyMonth')}
              ${empty.nextDay ? message('nextFree', { date: empty.nextDay }) : ''}
            </p>
            <button
              class="button secondary"
              type="button"
              @click=${() => view.on.month(empty.target, '#cal-title')}
            >
              ${message('showMonth', { month: formatMonth(empty.target.year, empty.target.month, lang) })}
            </button>
          </div>`
        : params.status
    }
  </section>`;
}

/** The free times of the chosen day as the element found them in the slots' answer. */
export interface DayTimes {
  day: string;
  slots: Slot[];
  /** The slot was just taken: say so first (focus goes here), with the office's contact. */
  conflict: boolean;
  /** Why, when the API said more than "taken" (ZMS: the reservation lapsed). */
  conflictText?: string;
  /** The slots are loading again: the times cannot be chosen meanwhile. */
  disabled: boolean;
}

/** The free times of the chosen day, as a radio group. */
export function renderTimes(view: BookingViewContext, params: DayTimes): TemplateResult {
  const { message, config } = view;
  // "Any place" of several: each time names its place.
  const placeName = (slot: Slot) =>
    view.placeId ? undefined : config.places?.find((place) => place.id === slot.place)?.name;
  return html`<fieldset
    part="times"
    class="times"
    ?disabled=${params.disabled}
    @change=${view.on.time}
  >
    <legend>
      ${message('times', { date: formatDate(params.day, view.lang, undefined, 'long') })}
    </legend>
    ${
      params.conflict
        ? html`<div part="error" class="notice problem" id="problem" tabindex="-1">
            ${iconError}
            <div>
              <p>${params.conflictText ?? message('conflict')}</p>
              ${view.contact()}
            </div>
          </div>`
        : nothing
    }
    ${
      params.slots.length
        ? html`<div class="time-list">
            ${params.slots.map((slot) =>
              renderOption(
                {
                  name: 'slot',
                  value: slot.id,
                  checked: slot.id === view.slot?.id,
                  className: 'time',
                },
                html`<span
                  >${slotWords(view, slot, config.timezone).range}${
                    placeName(slot) ? ` – ${placeName(slot)}` : ''
                  }</span
                >`,
              ),
            )}
          </div>`
        : html`<p>${message('noTimes')}</p>`
    }
  </fieldset>`;
}

/**
 * The day a key moves the grid's focus to, or undefined when the key is not a grid key. Never
 * earlier than `min` (the first day of the current month: past months have no slots).
 */
export function dayForKey(focus: string, event: KeyboardEvent, min: string): string | undefined {
  if (!isFocusKey(event.key)) return undefined;
  const next = moveFocusDate(focus, event.key, event.shiftKey);
  return next < min ? min : next;
}
