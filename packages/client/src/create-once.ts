// Creates that happen exactly once. Leadping has no idempotency key; it asks
// senders to give each lead a stable `externalId` or `sellerLeadId` and, after a
// create that may have reached the server, to look the lead up before sending it
// again. That is what this does for `create`, `createIntake` and `createIntakeFromQuery`.
import type { LeadIntakeQuery, LeadIntakeRequest, LeadRequest, LeadResponse } from "@leadping/types";
import { call } from "./call.js";
import type { LeadpingPromise, WithResponse } from "./call.js";
import { InternalServerError, LeadpingConnectionError, LeadpingError, LeadpingTimeoutError } from "./errors.js";
import type { RequestOptions } from "./options.js";
import { splitListParams } from "./pagination.js";
import type { ClientContext } from "./context.js";
import { neverSent } from "./retry.js";

/** Per-call options of the three creates. */
export interface CreateOptions extends RequestOptions {
  /**
   * When the lead carries an `externalId` or `sellerLeadId` and a failure means the request may have reached
   * the server, look the lead up (`POST /leads/all/my`, needs `apiKey`) and resolve with it, or send again
   * when it is not there (up to `maxRetries` times); `false` surfaces the failure instead. @default true
   */
  exactlyOnce?: boolean;
}

/** The stable ids a create carries, by which the lead it made can be found. */
export interface LeadIdentity {
  externalId?: string;
  sellerLeadId?: string;
}

/** A create with an `externalId` or `sellerLeadId` failed in a way that leaves its outcome open, and it was not resolved. */
export class LeadCreateError extends LeadpingError {
  override name = "LeadCreateError";
  /** `true` when the lead may have been created (find it by `externalId`/`sellerLeadId` before sending it again); `false` when it was checked not to exist. */
  declare readonly leadMayExist: boolean;
  /** The ids the create carried. */
  declare readonly identity: LeadIdentity;
  /** How many times the create was sent. */
  declare readonly attempts: number;
  constructor(message: string, details: { leadMayExist: boolean; identity: LeadIdentity; attempts: number }, cause: unknown) {
    super(message, { cause });
    Object.assign(this, details);
  }
}

/** The ids of a `POST /leads` body. */
export function identityOfLead(body: LeadRequest): LeadIdentity {
  // `?.`: a caller without types may send a body without metadata; the API answers that with a 400.
  return identity(body.metadata?.externalId, body.metadata?.sellerLeadId);
}

/** The ids of a `POST /leads/intake` body (`sellerLeadIdentifier` is an alias of `sellerLeadId`). */
export function identityOfIntake(body: LeadIntakeRequest): LeadIdentity {
  return identity(body?.externalId, body?.sellerLeadId ?? body?.sellerLeadIdentifier);
}

/** The ids of a `GET /leads/intake` query. */
export function identityOfIntakeQuery(query: LeadIntakeQuery): LeadIdentity {
  return identity(query?.ExternalId, query?.SellerLeadId ?? query?.SellerLeadIdentifier);
}

function identity(externalId: string | null | undefined, sellerLeadId: string | null | undefined): LeadIdentity {
  return { ...(externalId ? { externalId } : {}), ...(sellerLeadId ? { sellerLeadId } : {}) };
}

/** Whether a failed create may have reached the server: a timeout, a reset after sending, a 5xx without a problem body. */
export function mayHaveReachedServer(error: unknown): boolean {
  if (error instanceof LeadpingTimeoutError) return true;
  if (error instanceof LeadpingConnectionError) return !neverSent(error.cause);
  return error instanceof InternalServerError && error.problem === undefined;
}

/**
 * Sends a create through `send`; with an identity (and `exactlyOnce` not off), an ambiguous failure is followed
 * by a lookup: the lead found resolves the call, and only a lead not found is sent again.
 */
export function createOnce(
  context: ClientContext,
  send: (options: RequestOptions) => LeadpingPromise<LeadResponse>,
  ids: LeadIdentity,
  options: CreateOptions = {},
): LeadpingPromise<LeadResponse> {
  const { exactlyOnce = true, ...callOptions } = options;
  if (!exactlyOnce || (!ids.externalId && !ids.sellerLeadId)) return send(callOptions);
  const resends = callOptions.maxRetries ?? context.config.maxRetries;
  const answered = (promise: LeadpingPromise<LeadResponse>) => promise.withResponse();
  const run = async (): Promise<WithResponse<LeadResponse>> => {
    for (let attempt = 1; ; attempt++) {
      let failure: unknown;
      try {
        return await answered(send(callOptions));
      } catch (error) {
        if (!mayHaveReachedServer(error)) throw error;
        failure = error;
      }
      let found: string | undefined;
      try {
        found = await lookUp(context, ids, callOptions);
      } catch (lookupError) {
        throw new LeadCreateError(
          `The create may have reached Leadping, and looking the lead up failed (${errorText(lookupError)}); it was not sent again.`,
          { leadMayExist: true, identity: ids, attempts: attempt },
          failure,
        );
      }
      if (found !== undefined) {
        try {
          return await answered(call(context, "GET /leads/{id}", { path: { id: found } }, callOptions));
        } catch (readError) {
          const message = `The create made lead ${found}, found by its ids, and reading it failed (${errorText(readError)}).`;
          throw new LeadCreateError(message, { leadMayExist: true, identity: ids, attempts: attempt }, readError);
        }
      }
      // `!(a < b)`: a NaN maxRetries means no resend, as in the transport.
      if (!(attempt <= resends)) {
        // A timeout or a bare 5xx may still be running on the server; a reset that left no lead did not make one.
        const inFlight = failure instanceof LeadpingTimeoutError || failure instanceof InternalServerError;
        throw new LeadCreateError(
          `The create failed ${attempt} times (last: ${errorText(failure)}) and no lead with its ids was found.`,
          { leadMayExist: inFlight, identity: ids, attempts: attempt },
          failure,
        );
      }
    }
  };
  const outcome = run();
  const promise = outcome.then(({ data }) => data) as LeadpingPromise<LeadResponse>;
  promise.withResponse = () => outcome;
  return promise;
}

/** The id of the oldest lead carrying every id in `ids`, or `undefined` when none does. */
async function lookUp(context: ClientContext, ids: LeadIdentity, options: RequestOptions): Promise<string | undefined> {
  const filters = (["externalId", "sellerLeadId"] as const).flatMap((field) => (ids[field] ? [{ field, value: ids[field] }] : []));
  const params = { filters, archiveFilter: "all" as const, orderBy: [{ field: "createdAt", direction: "asc" as const }], pageSize: 1 };
  const page = await call(context, "POST /leads/all/my", splitListParams(params), options);
  return page.items[0]?.id;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
