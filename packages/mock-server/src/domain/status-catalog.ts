// The organization's lead status catalog: the outcomes a lead's status may be set to.
import type { LeadStatusCategory } from "@leadping/types";
import { MOCK_ORGANIZATION_ID, type LeadState, type LeadStatusResponse } from "./store.js";

/** The catalog every fresh local API starts with (name, colour, category). */
const DEFAULT_STATUSES: [string, string, LeadStatusCategory][] = [
  ["New", "#64748b", "Open"],
  ["Contacted", "#3b82f6", "Open"],
  ["Follow up", "#f59e0b", "Open"],
  ["Qualified", "#8b5cf6", "Qualified"],
  ["Sold", "#10b981", "Converted"],
  ["Not interested", "#ef4444", "Lost"],
  ["Invalid", "#6b7280", "Invalid"],
  ["Duplicate", "#9ca3af", "Duplicate"],
];

/** `Follow up`, `follow-up` and `follow_up` name the same outcome. */
export function outcomeKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "_");
}

export function seedLeadStatuses(state: LeadState, modifiedAt: string): void {
  DEFAULT_STATUSES.forEach(([name, color, category], i) => {
    const status: LeadStatusResponse = {
      id: state.newId("lst"),
      organizationId: MOCK_ORGANIZATION_ID,
      name,
      color,
      category,
      sortOrder: (i + 1) * 10,
      isArchived: false,
      modifiedAt,
    };
    state.leadStatusesById.set(status.id, status);
  });
}

/** The active catalog status an outcome names, by id or by name (`contacted` → Contacted). */
export function statusForOutcome(state: LeadState, outcome: string): LeadStatusResponse | undefined {
  const direct = state.leadStatusesById.get(outcome);
  if (direct) return direct.isArchived ? undefined : direct;
  const key = outcomeKey(outcome);
  for (const status of state.leadStatusesById.values()) if (!status.isArchived && outcomeKey(status.name ?? "") === key) return status;
  return undefined;
}

/** Whether another status already uses the name (compared like outcomes). */
export function statusNameTaken(state: LeadState, name: string, exceptId: string | null): boolean {
  const key = outcomeKey(name);
  for (const status of state.leadStatusesById.values()) if (status.id !== exceptId && outcomeKey(status.name ?? "") === key) return true;
  return false;
}
