// Lead list paging: `list` takes one flat object (body fields and query
// parameters together) and returns one page; `listAll` follows
// `continuationToken` until the server says there is no next page.
import type { LeadListQuery, RequestDataOptions } from "@leadping/types";
import { LeadpingPaginationError } from "./errors.js";

/** Body fields and query parameters of the lead list in one object. */
export type LeadListParams = Omit<RequestDataOptions, "pageSize"> &
  LeadListQuery & {
    /** Most rows per page (1–100). @default 25 */
    pageSize?: number;
  };

/** Splits the flat list parameters into the query string part and the JSON body. */
export function splitListParams(params: LeadListParams): { query: Record<string, unknown>; body: RequestDataOptions } {
  const { archiveFilter, tagIds, tagMatchAll, untagged, ...body } = params;
  return { query: { archiveFilter, tagIds, tagMatchAll, untagged }, body: { ...body, pageSize: body.pageSize ?? 25 } };
}

// Fails to compile when the contract gains a query parameter the split above lacks.
type UnsplitQueryKeys = Exclude<keyof LeadListQuery, "archiveFilter" | "tagIds" | "tagMatchAll" | "untagged">;
type AssertTrue<T extends true> = T;
export type _EveryListQueryKeyIsSplit = AssertTrue<[UnsplitQueryKeys] extends [never] ? true : false>;

/** One page of any cursor-paged list. */
export interface CursorPage<Row> {
  items: Row[];
  continuationToken: string | null;
}

/** Most empty pages in a row that still name a next page before `listAll` gives up. */
export const MAX_EMPTY_PAGES = 3;

/** Every row of a paged list, fetched page by page as it is iterated (`for await`), or all at once with `toArray()`. */
export interface PagedRows<Row> extends AsyncGenerator<Row, void, undefined> {
  /** Reads every remaining page and resolves with all rows in order (Node 20 has no `Array.fromAsync`). */
  toArray(): Promise<Row[]>;
}

async function toArray<Row>(this: AsyncIterable<Row>): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of this) rows.push(row);
  return rows;
}

/**
 * Yields every row of every page, fetching the next page only when the
 * previous one is used up. A server that repeats a token, or keeps sending
 * empty pages that name a next one, would keep a loop going forever: both
 * fail with LeadpingPaginationError instead. One empty page mid-list is
 * allowed (a server may filter a page down to nothing); MAX_EMPTY_PAGES in a
 * row are not.
 */
export function paginate<Row>(
  firstToken: string | null | undefined,
  fetchPage: (continuationToken: string | null | undefined) => Promise<CursorPage<Row>>,
): PagedRows<Row> {
  async function* rows(): AsyncGenerator<Row, void, undefined> {
    let token = firstToken;
    // Every token so far, not just the last: a server cycling t1 → t2 → t1 would otherwise never end.
    const seen = new Set([token]);
    for (let empty = 0; ;) {
      const page = await fetchPage(token);
      yield* page.items;
      token = page.continuationToken;
      if (token == null) return;
      if (seen.has(token)) throw new LeadpingPaginationError("The list repeated a continuationToken.");
      empty = page.items.length === 0 ? empty + 1 : 0;
      if (empty >= MAX_EMPTY_PAGES) {
        throw new LeadpingPaginationError(`The list sent ${empty} empty pages in a row that still named a next page.`);
      }
      seen.add(token);
    }
  }
  return Object.assign(rows(), { toArray });
}

/** Paging options of every `RequestDataOptions` list, as the last parameter of `list`. */
export type PageParams = RequestDataOptions;

/** Every row of a `RequestDataOptions` list, page after page, starting at `params.continuationToken`. */
export function followPages<Row>(
  params: PageParams | undefined,
  fetchPage: (params: PageParams) => Promise<CursorPage<Row>>,
): PagedRows<Row> {
  const { continuationToken: first, ...rest } = params ?? {};
  // The first page is asked for without a token at all, as Leadping documents.
  return paginate(first, (continuationToken) => fetchPage(continuationToken == null ? rest : { ...rest, continuationToken }));
}
