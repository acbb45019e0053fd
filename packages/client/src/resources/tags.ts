// `lp.tags`: the organization's tags.
import type { TagRequest, TagResponse } from "@leadping/types";
import { call } from "../call.js";
import type { ClientContext } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { LeadpingPromise } from "../call.js";

/** Query parameters of `GET /tags`. */
export interface TagListParams {
  /** Also return archived tags. @default false */
  includeArchived?: boolean;
}

export interface TagsResource {
  /** `GET /tags`. */
  list(params?: TagListParams, options?: RequestOptions): LeadpingPromise<TagResponse[]>;
  /** `POST /tags`. Retried only on 429 and never-sent failures. */
  create(body: TagRequest, options?: RequestOptions): LeadpingPromise<TagResponse>;
  /** `PUT /tags/{id}`. */
  update(id: string, body: TagRequest, options?: RequestOptions): LeadpingPromise<TagResponse>;
  /** `DELETE /tags/{id}`: archives the tag; resolves with whether it is now archived. */
  archive(id: string, options?: RequestOptions): LeadpingPromise<boolean>;
}

export function createTags(context: ClientContext): TagsResource {
  return {
    list: (params, options) => call(context, "GET /tags", { query: { ...params } }, options),
    create: (body, options) => call(context, "POST /tags", { body }, options),
    update: (id, body, options) => call(context, "PUT /tags/{id}", { path: { id }, body }, options),
    archive: (id, options) => call(context, "DELETE /tags/{id}", { path: { id } }, options),
  };
}
