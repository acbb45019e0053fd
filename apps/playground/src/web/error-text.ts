// One human line for anything the client throws.
import { LeadpingApiError, LeadpingError } from "@leadping/client";

/** Describes an error for a status line: typed API errors by class, status and title. */
export function describeError(error: unknown): string {
  if (error instanceof LeadpingApiError) {
    const what = error.title ?? error.detail ?? error.message;
    return `${error.name} (${error.status}): ${what}`;
  }
  if (error instanceof LeadpingError) return `${error.name}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
