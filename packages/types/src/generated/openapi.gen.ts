// Generated from spec/ (bundled as packages/types/openapi.json) by packages/types/scripts/generate.mjs. Do not edit.
// Change spec/ and run `pnpm generate` instead.
/* eslint-disable */
export interface paths {
    "/conversations/lead/{leadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose records are listed. */
                leadId: components["parameters"]["OwnerLeadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a lead's conversations
         * @description Returns one page of the conversations held with the lead, most recent activity first. Follow `continuationToken` until it is `null` to read every page. Uses POST for the structured query; changes nothing.
         */
        post: operations["Conversations_GetConversationsByLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/calls/lead/{leadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose records are listed. */
                leadId: components["parameters"]["OwnerLeadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a lead's calls
         * @description Returns one page of the calls placed to or received from the lead, newest first. Follow `continuationToken` until it is `null` to read every page. Uses POST for the structured query; changes nothing.
         */
        post: operations["CallEvents_GetByLeadId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/leads/{leadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose records are listed. */
                leadId: components["parameters"]["OwnerLeadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a lead's events
         * @description Returns one page of the lead's timeline: creation, updates, status changes, archiving, tagging, messages and calls, newest first. Follow `continuationToken` until it is `null` to read every page. Uses POST for the structured query; changes nothing.
         */
        post: operations["Events_GetAllForLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/sms/lead/{leadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose records are listed. */
                leadId: components["parameters"]["OwnerLeadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a lead's SMS messages
         * @description Returns one page of the SMS and MMS messages exchanged with the lead, newest first. Follow `continuationToken` until it is `null` to read every page. Uses POST for the structured query; changes nothing.
         */
        post: operations["SmsEvents_GetByLeadId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead-status-changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the status change. */
                id: components["parameters"]["StatusChangeId"];
            };
            cookie?: never;
        };
        /**
         * Get a status change
         * @description Returns one recorded status change.
         */
        get: operations["LeadStatusChanges_Get"];
        /**
         * Correct a status change
         * @description Replaces the recorded fields of a status change, for example to fix its notes or follow-up time. When it is the lead's current status, the lead shows the corrected outcome. Idempotent.
         */
        put: operations["LeadStatusChanges_Update"];
        post?: never;
        /**
         * Delete a status change
         * @description Removes a status change from the lead's history. When it was the lead's current status, the previous change becomes current again.
         */
        delete: operations["LeadStatusChanges_Delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead-status-changes/all/my": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the organization's status changes
         * @description Returns one page of the status changes recorded across the organization's leads, newest first. Follow `continuationToken` until it is `null` to read every page. Uses POST for the structured query; changes nothing.
         */
        post: operations["LeadStatusChanges_GetAllForCurrentOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the lead status catalog
         * @description Returns the organization's lead statuses, the outcomes a lead's status can be set to, in `sortOrder`.
         */
        get: operations["LeadStatuses_GetAll"];
        put?: never;
        /**
         * Add a lead status
         * @description Adds a status to the organization's catalog. Not idempotent; sending the same body twice adds two statuses.
         */
        post: operations["LeadStatuses_Create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead-statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead status. */
                id: components["parameters"]["LeadStatusId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a lead status
         * @description Renames, recolours, recategorizes or reorders a lead status. Fields sent as `null` keep their value. Idempotent.
         */
        put: operations["LeadStatuses_Update"];
        post?: never;
        /**
         * Archive a lead status
         * @description Archives the lead status so leads can no longer be set to it; the history that used it is kept. Answers `true` when the status was archived by this call or before.
         */
        delete: operations["LeadStatuses_Archive"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a lead from a lead source
         * @description Creates a lead from the structured lead record. Authenticates with the lead source's credentials. Not idempotent; sending the same body twice creates two leads.
         */
        post: operations["Leads_CreateExternal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /**
         * Get a lead
         * @description Returns one lead with its contact details, profile, tags and current disposition.
         */
        get: operations["Leads_GetForCurrentUser"];
        /**
         * Update a business lead record and status
         * @description Replaces the lead's writable fields (contact, profile, metadata, enablement and tags) with the body. Fields left out of the body are cleared. Idempotent.
         */
        put: operations["Leads_Update"];
        post?: never;
        /**
         * Delete a lead
         * @description Deletes the lead. A deleted lead can no longer be read.
         */
        delete: operations["Leads_Delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a lead
         * @description Hides the lead from the default list and stops automations, recording who archived it, when and why. Archiving an archived lead keeps the first archive time.
         */
        post: operations["Leads_Archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a lead's tags
         * @description Makes the given tags the lead's complete tag set.
         */
        put: operations["Leads_ReplaceTags"];
        /**
         * Add tags to a lead
         * @description Adds the given tags to the lead's existing tags. Tags already on the lead are left as they are, so repeating the call changes nothing.
         */
        post: operations["Leads_AddTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{id}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
                /** @description The identifier of the tag to take off the lead. */
                tagId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a tag from a lead
         * @description Takes one tag off the lead. Removing a tag the lead does not carry changes nothing.
         */
        delete: operations["Leads_RemoveTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an archived lead
         * @description Returns an archived lead to the active list and clears its archive fields.
         */
        post: operations["Leads_Unarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{id}/workflow-status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /**
         * Get a lead's automation runs
         * @description Returns the automation runs of the lead with their actions and events, so a caller can see what follow-up is scheduled or has happened.
         */
        get: operations["Leads_GetWorkflowStatusForCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{leadId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose status is addressed. */
                leadId: components["parameters"]["StatusLeadId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set a lead's current status
         * @description Records a status change, makes it the lead's current disposition and appends it to the lead's status history.
         */
        put: operations["LeadStatusChanges_SetCurrent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{leadId}/status-history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose status is addressed. */
                leadId: components["parameters"]["StatusLeadId"];
            };
            cookie?: never;
        };
        /**
         * Get a lead's status history
         * @description Returns every status change recorded for the lead, oldest first.
         */
        get: operations["LeadStatusChanges_GetByLeadId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{leadId}/status-history/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose status is addressed. */
                leadId: components["parameters"]["StatusLeadId"];
            };
            cookie?: never;
        };
        /**
         * Export a lead's status history
         * @description Returns the lead's status changes, oldest first, both as CSV text ready to save and as structured rows.
         */
        get: operations["LeadStatusChanges_ExportByLeadId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/all/my": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List leads, one page at a time
         * @description Returns one page of the caller's leads. Follow `continuationToken` until it is `null` to read every page. Uses POST so that the query can carry structured filters; it does not change anything and is safe to retry. Exact-match `filters` can name a lead's stable ids, `externalId` and `sellerLeadId` (from its metadata); that is how a sender finds the lead a create may have made before sending it again.
         */
        post: operations["Leads_GetAllForCurrentUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a lead from intake query parameters
         * @description Creates a lead from the flat intake fields sent as query parameters, for senders that can only make a GET request (pixels, simple form redirects). Authenticates with the lead source's credentials, in headers only; this contract deliberately offers no query parameter for them, since URLs end up in logs. Not idempotent.
         */
        get: operations["Leads_CreateIntakeFromQuery"];
        put?: never;
        /**
         * Create a lead from a flat intake record
         * @description Creates a lead from the flat field set that web forms and lead sellers post. Authenticates with the lead source's credentials. Not idempotent.
         */
        post: operations["Leads_CreateIntake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's tags
         * @description Returns the organization's tags, ordered by name.
         */
        get: operations["Tags_GetAllForCurrentOrganization"];
        put?: never;
        /**
         * Create a tag
         * @description Creates an organization tag. Fails when a tag with the same name (compared case-insensitively) exists.
         */
        post: operations["Tags_Create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the tag. */
                id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a tag
         * @description Renames or recolours a tag. Leads carrying the tag show the new name.
         */
        put: operations["Tags_Update"];
        post?: never;
        /**
         * Archive a tag
         * @description Archives the tag so it is no longer offered for new assignments; leads keep it. Answers `true` when the tag was archived by this call or before.
         */
        delete: operations["Tags_Archive"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "lead.archived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lead archived
         * @description Sent after `POST /leads/{id}/archive`; `data` is the archived lead.
         */
        post: operations["Webhooks_LeadArchived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lead created
         * @description Sent after a lead is created by `POST /leads`, `POST /leads/intake` or `GET /leads/intake`; `data` is the new lead.
         */
        post: operations["Webhooks_LeadCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lead deleted
         * @description Sent after `DELETE /leads/{id}`; `data` is the lead as it was before it was deleted.
         */
        post: operations["Webhooks_LeadDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lead status set
         * @description Sent after `PUT /leads/{leadId}/status` recorded a new status; `data` is the lead with its new status.
         */
        post: operations["Webhooks_LeadStatusChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.tags_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lead tags changed
         * @description Sent after a tag operation on a lead changed its tags (adding tags it already has, or removing one it lacks, sends nothing); `data` is the lead with its new tags.
         */
        post: operations["Webhooks_LeadTagsChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.unarchived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lead unarchived
         * @description Sent after `POST /leads/{id}/unarchive`; `data` is the lead back in the active list.
         */
        post: operations["Webhooks_LeadUnarchived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lead replaced
         * @description Sent after `PUT /leads/{id}` replaced a lead's writable fields; `data` is the lead after the change.
         */
        post: operations["Webhooks_LeadUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description An administrator's decision that overrides whether the lead is enabled. */
        AdminEnablementOverride: AdminEnablementOverride;
        /** @description One action of an automation run, such as sending a message. */
        AutomationWorkflowActionResponse: AutomationWorkflowActionResponse;
        /** @description Something that happened during an automation run. */
        AutomationWorkflowEventResponse: AutomationWorkflowEventResponse;
        /** @description One run of an automation for a lead. */
        AutomationWorkflowRunResponse: AutomationWorkflowRunResponse;
        /** @description The automation runs of a lead. */
        AutomationWorkflowStatusResponse: AutomationWorkflowStatusResponse;
        /** @description A call with a lead, as the call list shows it. */
        CallEventTableRow: CallEventTableRow;
        /** @description One entry of the processing log of a message or call. */
        CommunicationConsoleEntry: CommunicationConsoleEntry;
        /** @description A conversation with a lead. */
        ConversationResponse: ConversationResponse;
        /** @description A geographic position in decimal degrees: a number, or a numeric string as older API renderings show it. */
        Coordinate: Coordinate;
        /** @description The lead's current disposition (status), kept on the lead so lists need no join. */
        CurrentDisposition: CurrentDisposition;
        /** @description The lead's current status, kept on the lead. */
        CurrentLeadStatusSummary: CurrentLeadStatusSummary;
        /** @description One entry of a lead's event timeline. */
        EventTableRow: EventTableRow;
        /**
         * @description Kind of entry on a lead's event timeline.
         * @enum {string}
         */
        EventTimelineType: EventTimelineType;
        /** @description Keeps only rows whose field equals the value. */
        ExactMatchFilter: ExactMatchFilter;
        /** @description A reference to another record: its id and name. */
        IdNamePair: IdNamePair;
        /** @description A reference to another record with a value, such as a phone number. */
        IdNameValue: IdNameValue;
        /**
         * Format: int32
         * @description Numeric code for why a lead was archived (0 means unspecified).
         * @enum {integer}
         */
        LeadArchiveReason: LeadArchiveReason;
        /**
         * @description Optional context recorded when a lead is archived.
         * @example {
         *       "reason": 2,
         *       "note": "Duplicate of an older lead."
         *     }
         */
        LeadArchiveRequest: LeadArchiveRequest;
        /** @description How to reach the lead, with the position Leadping derived from the address. */
        LeadContact: LeadContact;
        /** @description How to reach the lead, as a client sends it. */
        LeadContactRequest: LeadContactRequest;
        /** @description A lead event as Leadping's automations deliver it to a webhook endpoint (Standard Webhooks, one event per request). Leadping publishes no event catalog; this is the one the SDK and the local API share. */
        LeadEvent: LeadEvent;
        /**
         * @description The kinds of lead event a webhook endpoint receives.
         * @enum {string}
         */
        LeadEventType: LeadEventType;
        /**
         * @description A flat lead record as web forms and lead sellers post it; Leadping maps it onto the lead structure.
         * @example {
         *       "firstName": "Grace",
         *       "lastName": "Hopper",
         *       "email": "grace@example.com",
         *       "phone": "+15125550199",
         *       "birthDate": "1990-04-01",
         *       "postalCode": "78702",
         *       "utmSource": "facebook",
         *       "price": 8,
         *       "tagNames": [
         *         "Web form"
         *       ]
         *     }
         */
        LeadIntakeRequest: LeadIntakeRequest;
        /** @description Non-secret facts about where a lead came from and how it may be contacted. */
        LeadMetadata: LeadMetadata;
        /** @description What the lead told about themselves; the lead vertical decides which of these matter. */
        LeadProfile: LeadProfile;
        /**
         * @description The writable fields of a lead. Sent to create a lead and, in full, to replace one with `PUT /leads/{id}`. The five groups a replace would otherwise clear are required, so a partial body is refused instead of wiping what it leaves out.
         * @example {
         *       "metadata": {
         *         "utmSource": "spring-fair",
         *         "externalId": "crm-4411",
         *         "sellerLeadId": null
         *       },
         *       "contact": {
         *         "firstName": "Ada",
         *         "lastName": "Lovelace",
         *         "streetAddress": {
         *           "line1": "12 Analytical Way",
         *           "line2": null,
         *           "city": "Austin",
         *           "state": "TX",
         *           "province": null,
         *           "region": null,
         *           "postalCode": "78701",
         *           "country": "US",
         *           "additionalInfo": null
         *         },
         *         "timeZoneId": "America/Chicago",
         *         "phone": {
         *           "number": "+15125550142",
         *           "type": "mobile",
         *           "lookup": null
         *         },
         *         "email": "ada@example.com"
         *       },
         *       "customer": {
         *         "height": 66,
         *         "weight": 130,
         *         "birthDate": "1985-12-10",
         *         "income": 85000,
         *         "isHomeowner": true,
         *         "monthsAtResidence": 36,
         *         "creditScore": 720,
         *         "hasBankruptcy": false,
         *         "numberOfDependents": 2,
         *         "hasMedicalCondition": null
         *       },
         *       "enabled": true,
         *       "tagIds": [
         *         "tag_hot"
         *       ],
         *       "tagNames": [
         *         "Spring campaign"
         *       ],
         *       "id": "lead_01"
         *     }
         */
        LeadRequest: LeadRequest;
        /**
         * @description A lead as Leadping stores it, returned by every operation that reads or changes one lead.
         * @example {
         *       "metadata": {
         *         "trustedFormUrl": null,
         *         "utmSource": "google",
         *         "utmMedium": "cpc",
         *         "utmCampaign": "spring",
         *         "utmTerm": null,
         *         "utmContent": null,
         *         "referrer": null,
         *         "landingPage": "https://example.com/quote",
         *         "subId": null,
         *         "pubId": null,
         *         "ipAddress": "203.0.113.7",
         *         "userAgent": null,
         *         "externalId": "crm-4411",
         *         "sellerLeadId": null,
         *         "createdAt": "2026-03-01T15:04:05Z",
         *         "price": 12.5,
         *         "directPostPrice": null,
         *         "product": "auto",
         *         "vertical": "insurance",
         *         "complianceStatus": "passed",
         *         "complianceBlockedReason": null,
         *         "sourceMetadata": {
         *           "form": "quote-v2"
         *         },
         *         "origin": "api",
         *         "importBatchId": null,
         *         "isImported": false,
         *         "assignedPhoneNumberId": null,
         *         "smsConsentStatus": "granted",
         *         "smsOptedOut": false,
         *         "smsOptOutAt": null,
         *         "smsOptInAt": "2026-03-01T15:04:05Z",
         *         "smsHelpRequestedAt": null,
         *         "smsConsentPhoneNumber": "+15125550142",
         *         "userId": "user_7",
         *         "businessId": "biz_1"
         *       },
         *       "contact": {
         *         "firstName": "Ada",
         *         "lastName": "Lovelace",
         *         "streetAddress": {
         *           "line1": "12 Analytical Way",
         *           "line2": null,
         *           "city": "Austin",
         *           "state": "TX",
         *           "province": null,
         *           "region": null,
         *           "postalCode": "78701",
         *           "country": "US",
         *           "additionalInfo": null
         *         },
         *         "coordinate": {
         *           "latitude": 30.2672,
         *           "longitude": -97.7431
         *         },
         *         "timeZoneId": "America/Chicago",
         *         "phone": {
         *           "number": "+15125550142",
         *           "type": "mobile",
         *           "lookup": {
         *             "number": "+15125550142",
         *             "isValid": true,
         *             "location": {
         *               "location": "Austin, TX",
         *               "state": "TX",
         *               "countryCode": "US",
         *               "coordinate": {
         *                 "latitude": 30.2672,
         *                 "longitude": -97.7431
         *               },
         *               "timeZoneId": "America/Chicago"
         *             },
         *             "id": "lookup_1",
         *             "createdAt": "2026-03-01T15:04:06Z",
         *             "modifiedAt": null
         *           }
         *         },
         *         "email": "ada@example.com"
         *       },
         *       "customer": {
         *         "height": 66,
         *         "weight": 130,
         *         "birthDate": "1985-12-10",
         *         "income": 85000,
         *         "isHomeowner": true,
         *         "monthsAtResidence": 36,
         *         "creditScore": 720,
         *         "hasBankruptcy": false,
         *         "numberOfDependents": 2,
         *         "hasMedicalCondition": null
         *       },
         *       "enabled": true,
         *       "adminEnablementOverride": {
         *         "enabled": true,
         *         "reason": null,
         *         "updatedByUserId": null,
         *         "updatedAt": null
         *       },
         *       "archivedAt": null,
         *       "archivedByUserId": null,
         *       "archiveReason": null,
         *       "archiveNote": null,
         *       "isArchived": false,
         *       "currentDisposition": {
         *         "id": "lsc_1",
         *         "outcome": "contacted",
         *         "displayName": "Contacted",
         *         "changedAt": "2026-03-02T09:00:00Z",
         *         "changedByUserId": "user_7",
         *         "changedByAutomationId": null
         *       },
         *       "tags": [
         *         {
         *           "id": "tag_hot",
         *           "name": "Hot",
         *           "normalizedName": "hot",
         *           "color": "#ef4444"
         *         }
         *       ],
         *       "id": "lead_01",
         *       "createdAt": "2026-03-01T15:04:05Z",
         *       "modifiedAt": "2026-03-02T09:00:00Z"
         *     }
         */
        LeadResponse: LeadResponse;
        /**
         * @description Broad category of a disposition, used for reporting.
         * @enum {string}
         */
        LeadStatusCategory: LeadStatusCategory;
        /** @description A lead's status history as a CSV file and as rows. */
        LeadStatusChangeExportResponse: LeadStatusChangeExportResponse;
        /** @description One status change in an export. */
        LeadStatusChangeExportRow: LeadStatusChangeExportRow;
        /**
         * @description A new disposition for a lead, with when and why it changed.
         * @example {
         *       "type": "disposition",
         *       "outcome": "contacted",
         *       "category": "Open",
         *       "notes": "Left a voicemail.",
         *       "changeSource": "API"
         *     }
         */
        LeadStatusChangeRequest: LeadStatusChangeRequest;
        /**
         * @description One recorded status change of a lead.
         * @example {
         *       "id": "lsc_1",
         *       "leadId": "lead_01",
         *       "leadName": "Ada Lovelace",
         *       "type": "disposition",
         *       "outcome": "contacted",
         *       "category": "Open",
         *       "oldLeadStatusChangeId": null,
         *       "notes": "Left a voicemail.",
         *       "reason": null,
         *       "changedByUserId": null,
         *       "changedByAutomationId": null,
         *       "changedAt": "2026-03-02T09:00:00Z",
         *       "changeSource": "API",
         *       "timestamp": "2026-03-02T09:00:00Z",
         *       "createdAt": "2026-03-02T09:00:00Z",
         *       "updatedAt": "2026-03-02T09:00:00Z",
         *       "callbackAt": null,
         *       "assignedToUserId": null
         *     }
         */
        LeadStatusChangeResponse: LeadStatusChangeResponse;
        /**
         * @description What kind of actor made a status change.
         * @enum {string|null}
         */
        LeadStatusChangeSource: LeadStatusChangeSource;
        /** @description The editable fields of a lead status. */
        LeadStatusRequest: LeadStatusRequest;
        /** @description One lead status of the organization's catalog. */
        LeadStatusResponse: LeadStatusResponse;
        /** @description The compact view of a lead used by the lead list. */
        LeadTableRow: LeadTableRow;
        /**
         * @description Tags to add to a lead, or the complete set to replace its tags with.
         * @example {
         *       "tagIds": [
         *         "tag_hot"
         *       ],
         *       "tagNames": [
         *         "Spring campaign"
         *       ],
         *       "createMissing": true
         *     }
         */
        LeadTagsRequest: LeadTagsRequest;
        /** @description A file attached to a message. */
        MessageMediaAttachment: MessageMediaAttachment;
        /** @description One sort key of a list query. */
        OrderByOption: OrderByOption;
        /** @description One page of calls and the cursor to the next. */
        PagedResultOfCallEventTableRow: PagedResultOfCallEventTableRow;
        /** @description One page of conversations and the cursor to the next. */
        PagedResultOfConversationResponse: PagedResultOfConversationResponse;
        /** @description One page of events and the cursor to the next. */
        PagedResultOfEventTableRow: PagedResultOfEventTableRow;
        /** @description One page of status changes and the cursor to the next. */
        PagedResultOfLeadStatusChangeResponse: PagedResultOfLeadStatusChangeResponse;
        /**
         * @description One page of the lead list and the cursor to the next.
         * @example {
         *       "items": [
         *         {
         *           "id": "lead_01",
         *           "firstName": "Ada",
         *           "lastName": "Lovelace",
         *           "phone": "+15125550142",
         *           "email": "ada@example.com",
         *           "createdAt": "2026-03-01T15:04:05Z",
         *           "updatedAt": "2026-03-01T15:04:05Z",
         *           "status": "New",
         *           "enabled": true,
         *           "archivedAt": null,
         *           "archiveReason": null,
         *           "isArchived": false,
         *           "price": 12.5,
         *           "tags": []
         *         }
         *       ],
         *       "pageSize": 25,
         *       "totalCount": 1,
         *       "continuationToken": null
         *     }
         */
        PagedResultOfLeadTableRow: PagedResultOfLeadTableRow;
        /** @description One page of SMS messages and the cursor to the next. */
        PagedResultOfSmsEventTableRow: PagedResultOfSmsEventTableRow;
        /** @description A lead's phone number with what Leadping knows about it. */
        Phone: Phone;
        /** @description One lookup Leadping ran on a phone number. */
        PhoneIdentityLookupAction: PhoneIdentityLookupAction;
        /**
         * @description Whether a lookup succeeded.
         * @enum {string}
         */
        PhoneIdentityLookupActionStatus: PhoneIdentityLookupActionStatus;
        /**
         * @description Kind of lookup run on a phone number.
         * @enum {string}
         */
        PhoneIdentityLookupActionType: PhoneIdentityLookupActionType;
        /** @description What Leadping knows about a phone number. */
        PhoneIdentityResponse: PhoneIdentityResponse;
        /** @description How a location value was found. */
        PhoneLocationSource: PhoneLocationSource;
        /** @description The stored result of looking up a phone number. */
        PhoneLookup: PhoneLookup;
        /** @description Caller-name (CNAM) lookup result. */
        PhoneLookupCallerName: PhoneLookupCallerName;
        /** @description Carrier lookup result. */
        PhoneLookupCarrier: PhoneLookupCarrier;
        /** @description Number portability lookup result. */
        PhoneLookupPortability: PhoneLookupPortability;
        /** @description A raw record from the lookup provider. */
        PhoneLookupProviderSnapshot: PhoneLookupProviderSnapshot;
        /** @description A phone number lookup result, as a client may send it back. */
        PhoneLookupRequest: PhoneLookupRequest;
        /** @description Where a phone number is registered, as Leadping resolved it. */
        PhoneNumberLocation: PhoneNumberLocation;
        /** @description Where a phone number is registered, as a client may send it. */
        PhoneNumberLocationRequest: PhoneNumberLocationRequest;
        /** @description A lead's phone number, as a client sends it. */
        PhoneRequest: PhoneRequest;
        /**
         * @description An RFC 9457 problem details document describing why a request failed.
         * @example {
         *       "type": "https://leadping.ai/problems/validation",
         *       "title": "One or more validation errors occurred.",
         *       "status": 400,
         *       "detail": "The request body does not match the lead schema.",
         *       "instance": "/leads/lead_01",
         *       "traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
         *       "errors": {
         *         "customer.birthDate": [
         *           "must be a date (YYYY-MM-DD)"
         *         ]
         *       }
         *     }
         */
        ProblemDetails: ProblemDetails;
        /** @description Keeps only rows whose field lies within the bounds given. */
        RangeFilter: RangeFilter;
        /**
         * @description Paging, sorting, search and filters for a list query.
         * @example {
         *       "pageSize": 25,
         *       "continuationToken": null,
         *       "orderBy": [
         *         {
         *           "field": "createdAt",
         *           "direction": "desc"
         *         }
         *       ],
         *       "includeCount": true,
         *       "search": "lovelace"
         *     }
         */
        RequestDataOptions: RequestDataOptions;
        /** @description An SMS or MMS message with a lead, as the message list shows it. */
        SmsEventTableRow: SmsEventTableRow;
        /** @description A postal address. */
        StreetAddress: StreetAddress;
        /**
         * @description The editable fields of an organization tag.
         * @example {
         *       "name": "Hot",
         *       "color": "#ef4444"
         *     }
         */
        TagRequest: TagRequest;
        /**
         * @description An organization tag.
         * @example {
         *       "organizationId": "org_1",
         *       "name": "Hot",
         *       "normalizedName": "hot",
         *       "color": "#ef4444",
         *       "createdByUserId": "user_7",
         *       "isArchived": false,
         *       "archivedAt": null,
         *       "id": "tag_hot",
         *       "createdAt": "2026-02-01T10:00:00Z",
         *       "modifiedAt": null
         *     }
         */
        TagResponse: TagResponse;
        /** @description A tag as it appears on a lead. */
        TagSummary: TagSummary;
    };
    responses: {
        /** @description The request is malformed or a field failed validation; `errors` names each offending field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The credentials are valid but not allowed to perform this operation. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The addressed resource does not exist or is not visible to the caller. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The caller exceeded its rate limit; wait for `Retry-After` before trying again. */
        TooManyRequests: {
            headers: {
                /** @description How many seconds to wait before sending the request again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The credentials are missing, malformed or not accepted. */
        Unauthorized: {
            headers: {
                /** @description The authentication scheme the operation expects, for example `Bearer`. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
    };
    parameters: {
        /** @description The identifier of the lead. */
        LeadId: string;
        /** @description The identifier of the lead status. */
        LeadStatusId: string;
        /** @description The identifier of the lead whose records are listed. */
        OwnerLeadId: string;
        /** @description The identifier of the status change. */
        StatusChangeId: string;
        /** @description The identifier of the lead whose status is addressed. */
        StatusLeadId: string;
        /** @description The identifier of the tag. */
        TagId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Conversations_GetConversationsByLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose records are listed. */
                leadId: components["parameters"]["OwnerLeadId"];
            };
            cookie?: never;
        };
        /** @description Paging, sorting, search and filters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDataOptions"];
            };
        };
        responses: {
            /** @description One page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedResultOfConversationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CallEvents_GetByLeadId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose records are listed. */
                leadId: components["parameters"]["OwnerLeadId"];
            };
            cookie?: never;
        };
        /** @description Paging, sorting, search and filters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDataOptions"];
            };
        };
        responses: {
            /** @description One page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedResultOfCallEventTableRow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Events_GetAllForLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose records are listed. */
                leadId: components["parameters"]["OwnerLeadId"];
            };
            cookie?: never;
        };
        /** @description Paging, sorting, search and filters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDataOptions"];
            };
        };
        responses: {
            /** @description One page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedResultOfEventTableRow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SmsEvents_GetByLeadId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose records are listed. */
                leadId: components["parameters"]["OwnerLeadId"];
            };
            cookie?: never;
        };
        /** @description Paging, sorting, search and filters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDataOptions"];
            };
        };
        responses: {
            /** @description One page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedResultOfSmsEventTableRow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatusChanges_Get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the status change. */
                id: components["parameters"]["StatusChangeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadStatusChangeResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatusChanges_Update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the status change. */
                id: components["parameters"]["StatusChangeId"];
            };
            cookie?: never;
        };
        /** @description The corrected status change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadStatusChangeRequest"];
            };
        };
        responses: {
            /** @description The status change after the correction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadStatusChangeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatusChanges_Delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the status change. */
                id: components["parameters"]["StatusChangeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status change was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatusChanges_GetAllForCurrentOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Paging, sorting, search and filters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDataOptions"];
            };
        };
        responses: {
            /** @description One page of status changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedResultOfLeadStatusChangeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatuses_GetAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadStatusResponse"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatuses_Create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new lead status. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadStatusRequest"];
            };
        };
        responses: {
            /** @description The lead status was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatuses_Update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead status. */
                id: components["parameters"]["LeadStatusId"];
            };
            cookie?: never;
        };
        /** @description The lead status's new fields. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadStatusRequest"];
            };
        };
        responses: {
            /** @description The lead status after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatuses_Archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead status. */
                id: components["parameters"]["LeadStatusId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the lead status is now archived. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": boolean;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_CreateExternal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The lead to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadRequest"];
            };
        };
        responses: {
            /** @description The lead was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_GetForCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_Update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /** @description The lead's new writable fields. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadRequest"];
            };
        };
        responses: {
            /** @description The lead after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_Delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_Archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /** @description Optional reason and note for the archive. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LeadArchiveRequest"];
            };
        };
        responses: {
            /** @description The lead after archiving. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_ReplaceTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /** @description The complete new tag set. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadTagsRequest"];
            };
        };
        responses: {
            /** @description The lead with its new tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_AddTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /** @description The tags to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadTagsRequest"];
            };
        };
        responses: {
            /** @description The lead with its new tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_RemoveTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
                /** @description The identifier of the tag to take off the lead. */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead without the tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_Unarchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead after restoring. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_GetWorkflowStatusForCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead's automation runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationWorkflowStatusResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatusChanges_SetCurrent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose status is addressed. */
                leadId: components["parameters"]["StatusLeadId"];
            };
            cookie?: never;
        };
        /** @description The new status and its context. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadStatusChangeRequest"];
            };
        };
        responses: {
            /** @description The recorded status change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadStatusChangeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatusChanges_GetByLeadId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose status is addressed. */
                leadId: components["parameters"]["StatusLeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead's status changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadStatusChangeResponse"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    LeadStatusChanges_ExportByLeadId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the lead whose status is addressed. */
                leadId: components["parameters"]["StatusLeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadStatusChangeExportResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_GetAllForCurrentUser: {
        parameters: {
            query?: {
                /** @description Which leads to include by archive state. */
                archiveFilter?: "active" | "archived" | "all";
                /** @description Keep only leads carrying these tags (any of them, or all with `tagMatchAll`). */
                tagIds?: string[];
                /** @description Require every tag in `tagIds` instead of any one of them. */
                tagMatchAll?: boolean;
                /** @description Keep only leads that carry no tag at all. */
                untagged?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Paging, sorting, search and filters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDataOptions"];
            };
        };
        responses: {
            /** @description One page of leads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedResultOfLeadTableRow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_CreateIntakeFromQuery: {
        parameters: {
            query?: {
                /** @description First address line. */
                Address1?: string;
                /** @description Second address line. */
                Address2?: string;
                /** @description Date of birth (`YYYY-MM-DD`). */
                BirthDate?: string;
                /** @description City. */
                City?: string;
                /** @description Date of birth (`YYYY-MM-DD`); an alias of `BirthDate`. */
                DateOfBirth?: string;
                /** @description Direct-post price, a decimal number. */
                DirectPostPrice?: number | string;
                /** @description Email address. */
                Email?: string;
                /** @description Identifier in the sender's system. */
                ExternalId?: string;
                /** @description Given name. */
                FirstName?: string;
                /** @description Gender as the lead gave it. */
                Gender?: string;
                /** @description Page the form was on. */
                LandingPage?: string;
                /** @description Family name. */
                LastName?: string;
                /** @description Phone number, preferably E.164. */
                Phone?: string;
                /** @description Kind of line, such as `mobile`. */
                PhoneType?: string;
                /** @description Postal or ZIP code. */
                PostalCode?: string;
                /** @description Price paid for the lead, a decimal number. */
                Price?: number | string;
                /** @description Product the lead asked about. */
                Product?: string;
                /** @description Referring page. */
                Referrer?: string;
                /** @description The seller's identifier for the lead. */
                SellerLeadId?: string;
                /** @description The seller's identifier for the lead; an alias of `SellerLeadId`. */
                SellerLeadIdentifier?: string;
                /** @description State or region. */
                State?: string;
                /** @description Seller sub-identifier. */
                SubId?: string;
                /** @description Existing tag identifiers to apply; repeat the parameter for several. */
                TagIds?: string[];
                /** @description Tag names to apply, repeated for several; missing names are created. */
                TagNames?: string[];
                /** @description TrustedForm certificate address. */
                TrustedFormUrl?: string;
                /** @description Campaign name. */
                UtmCampaign?: string;
                /** @description Campaign content variant. */
                UtmContent?: string;
                /** @description Campaign medium. */
                UtmMedium?: string;
                /** @description Campaign source. */
                UtmSource?: string;
                /** @description Campaign keyword. */
                UtmTerm?: string;
                /** @description Market vertical. */
                Vertical?: string;
                /** @description ZIP code; an alias of `PostalCode`. */
                Zip?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Leads_CreateIntake: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The flat lead record to ingest. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadIntakeRequest"];
            };
        };
        responses: {
            /** @description The lead was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Tags_GetAllForCurrentOrganization: {
        parameters: {
            query?: {
                /** @description Also return archived tags. */
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Tags_Create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new tag. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagRequest"];
            };
        };
        responses: {
            /** @description The tag was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Tags_Update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the tag. */
                id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        /** @description The tag's new fields. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagRequest"];
            };
        };
        responses: {
            /** @description The tag after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Tags_Archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the tag. */
                id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the tag is now archived. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": boolean;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Webhooks_LeadArchived: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `lead.archived` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"] & {
                    /**
                     * @description Always `lead.archived` for this event.
                     * @enum {string}
                     */
                    type: "lead.archived";
                };
            };
        };
        responses: {
            /** @description Accepted. Any 2xx accepts the delivery; answer it only after the event is safely handled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify); the delivery is not processed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhooks_LeadCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `lead.created` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"] & {
                    /**
                     * @description Always `lead.created` for this event.
                     * @enum {string}
                     */
                    type: "lead.created";
                };
            };
        };
        responses: {
            /** @description Accepted. Any 2xx accepts the delivery; answer it only after the event is safely handled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify); the delivery is not processed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhooks_LeadDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `lead.deleted` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"] & {
                    /**
                     * @description Always `lead.deleted` for this event.
                     * @enum {string}
                     */
                    type: "lead.deleted";
                };
            };
        };
        responses: {
            /** @description Accepted. Any 2xx accepts the delivery; answer it only after the event is safely handled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify); the delivery is not processed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhooks_LeadStatusChanged: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `lead.status_changed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"] & {
                    /**
                     * @description Always `lead.status_changed` for this event.
                     * @enum {string}
                     */
                    type: "lead.status_changed";
                };
            };
        };
        responses: {
            /** @description Accepted. Any 2xx accepts the delivery; answer it only after the event is safely handled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify); the delivery is not processed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhooks_LeadTagsChanged: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `lead.tags_changed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"] & {
                    /**
                     * @description Always `lead.tags_changed` for this event.
                     * @enum {string}
                     */
                    type: "lead.tags_changed";
                };
            };
        };
        responses: {
            /** @description Accepted. Any 2xx accepts the delivery; answer it only after the event is safely handled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify); the delivery is not processed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhooks_LeadUnarchived: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `lead.unarchived` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"] & {
                    /**
                     * @description Always `lead.unarchived` for this event.
                     * @enum {string}
                     */
                    type: "lead.unarchived";
                };
            };
        };
        responses: {
            /** @description Accepted. Any 2xx accepts the delivery; answer it only after the event is safely handled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify); the delivery is not processed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhooks_LeadUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `lead.updated` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"] & {
                    /**
                     * @description Always `lead.updated` for this event.
                     * @enum {string}
                     */
                    type: "lead.updated";
                };
            };
        };
        responses: {
            /** @description Accepted. Any 2xx accepts the delivery; answer it only after the event is safely handled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify); the delivery is not processed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
/** @description An administrator's decision that overrides whether the lead is enabled. */
export type AdminEnablementOverride = {
    /** @description The enabled state the administrator imposed. */
    enabled?: boolean;
    /** @description Why the administrator overrode the state. */
    reason?: string | null;
    /**
     * Format: date-time
     * @description When the override was last set.
     */
    updatedAt?: string | null;
    /** @description Administrator who set the override. */
    updatedByUserId?: string | null;
};
/** @description One action of an automation run, such as sending a message. */
export type AutomationWorkflowActionResponse = {
    /** @description Machine-readable kind of action, such as `send_sms`. */
    actionType?: string;
    /** @description Label shown to people for the action kind. */
    actionTypeDisplay?: string;
    /**
     * Format: date-time
     * @description When it completed.
     */
    completedAt?: string | null;
    /**
     * Format: date-time
     * @description When it failed.
     */
    failedAt?: string | null;
    /** @description Machine-readable reason for the failure. */
    failureCode?: string | null;
    /** @description Identifier. */
    id?: string;
    /**
     * Format: date-time
     * @description When the next retry is due.
     */
    nextRetryAt?: string | null;
    /**
     * Format: int32
     * @description Retries made so far.
     */
    retryCount?: number;
    /** @description Reason safe to show to people. */
    safeReason?: string | null;
    /**
     * Format: date-time
     * @description When it is scheduled to run.
     */
    scheduledAt?: string | null;
    /**
     * Format: date-time
     * @description When it was skipped.
     */
    skippedAt?: string | null;
    /**
     * Format: date-time
     * @description When it started.
     */
    startedAt?: string | null;
    /** @description Where it stands. */
    status?: string;
    /** @description Label shown to people for the status. */
    statusDisplay?: string;
    /** @description Label shown to people for the step. */
    stepDisplayName?: string;
    /** @description Workflow step it belongs to. */
    stepId?: string | null;
    /**
     * Format: int32
     * @description Position of the step in the workflow.
     */
    stepOrder?: number;
    /** @description Summary of the action for people. */
    userSummary?: string | null;
};
/** @description Something that happened during an automation run. */
export type AutomationWorkflowEventResponse = {
    /** @description Workflow action this event belongs to, if any. */
    actionId?: string | null;
    /** @description Machine-readable kind of event. */
    eventType?: string;
    /** @description Identifier. */
    id?: string;
    /**
     * Format: date-time
     * @description When it happened.
     */
    occurredAt?: string;
    /** @description Machine-readable reason. */
    reasonCode?: string | null;
    /** @description Where it stands. */
    status?: string;
    /** @description Label shown to people for the status. */
    statusDisplay?: string;
    /** @description Workflow step it belongs to. */
    stepId?: string | null;
    /** @description One-line summary. */
    summary?: string;
};
/** @description One run of an automation for a lead. */
export type AutomationWorkflowRunResponse = {
    /** @description The run's actions, in step order. */
    actions?: components["schemas"]["AutomationWorkflowActionResponse"][];
    /** @description The automation this run executes. */
    automation?: components["schemas"]["IdNamePair"] | null;
    /**
     * Format: date-time
     * @description When the run was cancelled.
     */
    cancelledAt?: string | null;
    /**
     * Format: date-time
     * @description When it completed.
     */
    completedAt?: string | null;
    /** @description The step the run is at. */
    currentStep?: components["schemas"]["IdNamePair"] | null;
    /**
     * Format: int32
     * @description Position of the current step in the workflow.
     */
    currentStepOrder?: number | null;
    /** @description What happened during the run, oldest first. */
    events?: components["schemas"]["AutomationWorkflowEventResponse"][];
    /**
     * Format: date-time
     * @description When it failed.
     */
    failedAt?: string | null;
    /** @description Identifier. */
    id?: string;
    /** @description Summary of the run's latest action. */
    lastActionSummary?: string | null;
    /** @description Code of the run's latest error. */
    lastErrorCode?: string | null;
    /** @description Message of the run's latest error. */
    lastErrorMessage?: string | null;
    /**
     * Format: date-time
     * @description When the run last executed a step.
     */
    lastExecutionAt?: string | null;
    /** @description The lead it belongs to. */
    leadId?: string | null;
    /**
     * Format: int32
     * @description Most retries the run may make.
     */
    maxRetryCount?: number;
    /**
     * Format: date-time
     * @description When the run executes its next step.
     */
    nextExecutionAt?: string | null;
    /**
     * Format: date-time
     * @description When the next retry is due.
     */
    nextRetryAt?: string | null;
    /** @description Organization it belongs to. */
    organizationId?: string | null;
    /**
     * Format: int32
     * @description Retries made so far.
     */
    retryCount?: number;
    /** @description Machine-readable reason the run was skipped. */
    skipReasonCode?: string | null;
    /** @description Reason the run was skipped, for people. */
    skipReasonDisplay?: string | null;
    /**
     * Format: date-time
     * @description When it started.
     */
    startedAt?: string;
    /** @description Where it stands. */
    status?: string;
    /** @description Label shown to people for the status. */
    statusDisplay?: string;
    /** @description What started the run, for people. */
    triggerDisplay?: string | null;
    /** @description What started the run. */
    triggerType?: string | null;
    /**
     * Format: date-time
     * @description When it was last changed.
     */
    updatedAt?: string;
};
/** @description The automation runs of a lead. */
export type AutomationWorkflowStatusResponse = {
    /** @description The lead it belongs to. */
    leadId?: string;
    /** @description The lead's automation runs. */
    runs?: components["schemas"]["AutomationWorkflowRunResponse"][];
};
/** @description A call with a lead, as the call list shows it. */
export type CallEventTableRow = {
    /**
     * Format: date-time
     * @description When the call was answered.
     */
    answeredAt?: string | null;
    /**
     * Format: double
     * @description Amount billed for it, in the organization's currency.
     */
    billableAmount?: number | null;
    /**
     * Format: int32
     * @description Seconds of the call that are billed.
     */
    billableSeconds?: number | null;
    /** @description Where billing for it stands. */
    billingStatus?: string | null;
    /** @description Caller id shown to the person called. */
    callerId?: string | null;
    /** @description Step-by-step log of what Leadping did with it. */
    consoleEntries?: components["schemas"]["CommunicationConsoleEntry"][];
    /** @description Conversation it belongs to, if any. */
    conversationId?: string | null;
    /**
     * Format: date-time
     * @description When it was created.
     */
    createdAt?: string;
    /** @description `inbound` or `outbound`. */
    direction?: string;
    /**
     * Format: int32
     * @description Length of the call in seconds.
     */
    duration?: number | null;
    /**
     * Format: date-time
     * @description When the call ended.
     */
    endedAt?: string | null;
    /** @description Number it was sent or placed from. */
    fromPhoneNumber?: string;
    /** @description Leadping number it was sent or placed from. */
    fromPhoneNumberId?: string | null;
    /** @description Identifier. */
    id?: string;
    /** @description The lead it belongs to. */
    leadId?: string | null;
    /** @description The lead's name. */
    leadName?: string | null;
    /** @description Organization it belongs to. */
    organization?: string;
    /** @description Organization it belongs to. */
    organizationId?: string | null;
    /** @description Name of the organization it belongs to. */
    organizationName?: string | null;
    /**
     * Format: uri
     * @description Address of the call recording.
     */
    recordingUrl?: string | null;
    /**
     * @description Where it stands.
     * @enum {string|null}
     */
    status?: "scheduled" | "queued" | "initiated" | "ringing" | "in_progress" | "active" | "completed" | "ended" | "busy" | "no_answer" | "failed" | "canceled" | "missed" | "transferred" | "voicemail" | "blocked_billing" | "blocked_phone_number_status" | "blocked_configuration" | "blocked_permission" | "configuration_required" | null;
    /** @description Why it has this status. */
    statusReason?: string | null;
    /** @description Number it was sent or placed to. */
    toPhoneNumber?: string;
    /** @description User it belongs to. */
    user?: string;
    /**
     * Format: email
     * @description Email address of the user.
     */
    userEmail?: string | null;
    /** @description User it belongs to. */
    userId?: string | null;
    /** @description Name of the user. */
    userName?: string | null;
};
/** @description One entry of the processing log of a message or call. */
export type CommunicationConsoleEntry = {
    /** @description Identifier. */
    id?: string;
    /** @description What happened, in words. */
    message?: string;
    /**
     * Format: date-time
     * @description When it happened.
     */
    occurredAt?: string;
    /** @description Stage of the process, such as `queued`. */
    stage?: string;
    /** @description Where it stands. */
    status?: string;
};
/** @description A conversation with a lead. */
export type ConversationResponse = {
    /** @description Leadping number currently used to write to the lead. */
    activeOutboundPhoneNumberId?: string | null;
    /**
     * Format: date-time
     * @description When it was archived; `null` while active.
     */
    archivedAt?: string | null;
    /**
     * Format: int32
     * @description Why it was archived, as a `LeadArchiveReason` code; `null` while active.
     * @enum {integer|null}
     */
    archiveReason?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | null;
    /**
     * Format: uri
     * @description Address of a picture of the lead.
     */
    avatarUrl?: string | null;
    /** @description The lead's current status, kept on the record so lists need no join. */
    currentLeadStatus?: components["schemas"]["CurrentLeadStatusSummary"] | null;
    /**
     * Format: email
     * @description Email address.
     */
    email?: string | null;
    /** @description Given name. */
    firstName?: string | null;
    /** @description Identifier. */
    id?: string;
    /** @description Whether it is archived. */
    isArchived?: boolean;
    /** @description Whether the conversation has messages no one has read. */
    isUnread?: boolean;
    /**
     * Format: date-time
     * @description When the latest message or call happened.
     */
    lastEventAt?: string | null;
    /** @description Whether the latest entry is an internal note. */
    lastEventIsInternalNote?: boolean;
    /** @description Family name. */
    lastName?: string | null;
    /** @description Start of the latest message. */
    lastSnippet?: string | null;
    /** @description The lead it belongs to. */
    leadId?: string;
    /** @description The lead's number in the conversation. */
    leadPhoneNumber?: string | null;
    /** @description What should happen next in the conversation. */
    nextStep?: string | null;
    /** @description Leadping number a user chose for this conversation. */
    outboundPhoneNumberOverrideId?: string | null;
    /** @description Leadping number the conversation runs on. */
    phoneNumber?: components["schemas"]["IdNameValue"] | null;
    /**
     * @description Where it stands.
     * @enum {string|null}
     */
    status?: "needs_reply" | "waiting" | "failed" | "open" | null;
    /** @description Why it has this status. */
    statusReason?: string | null;
};
/** @description A geographic position in decimal degrees: a number, or a numeric string as older API renderings show it. */
export type Coordinate = {
    /**
     * Format: double
     * @description Latitude in decimal degrees.
     */
    latitude: number | string;
    /**
     * Format: double
     * @description Longitude in decimal degrees.
     */
    longitude: number | string;
};
/** @description The lead's current disposition (status), kept on the lead so lists need no join. */
export type CurrentDisposition = {
    /**
     * Format: date-time
     * @description When the disposition was set.
     */
    changedAt?: string | null;
    /** @description Automation that set it, if one did. */
    changedByAutomationId?: string | null;
    /** @description User who set it, if a person did. */
    changedByUserId?: string | null;
    /** @description Label shown to people for this disposition. */
    displayName?: string;
    /** @description The status change that set this disposition; `null` before any status was set. */
    id?: string | null;
    /** @description Machine-readable outcome, such as `contacted` or `sold`. */
    outcome?: string | null;
};
/** @description The lead's current status, kept on the lead. */
export type CurrentLeadStatusSummary = {
    /**
     * @description Broad category of the status, used for reporting.
     * @enum {string|null}
     */
    category?: "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate" | null;
    /**
     * Format: date-time
     * @description When the change was recorded.
     */
    changedAt?: string | null;
    /** @description Automation that made the change, if one did. */
    changedByAutomationId?: string | null;
    /** @description User who made the change, if a person did. */
    changedByUserId?: string | null;
    /** @description Label shown to people. */
    displayName?: string;
    /** @description Identifier. */
    id?: string | null;
    /** @description Machine-readable outcome, such as `contacted`. */
    outcome?: string | null;
    /**
     * @description Lead source it came from.
     * @enum {string|null}
     */
    source?: "User" | "AI" | "Automation" | "System" | "API" | null;
};
/** @description One entry of a lead's event timeline. */
export type EventTableRow = {
    /** @description Name of the person or system that caused the event. */
    actorDisplayName?: string | null;
    /**
     * Format: email
     * @description Email address of the user who caused the event.
     */
    actorEmail?: string | null;
    /** @description User who caused the event, if a person did. */
    actorUserId?: string | null;
    /**
     * Format: double
     * @description Amount billed for it, in the organization's currency.
     */
    billableAmount?: number | null;
    /** @description Where billing for it stands. */
    billingStatus?: string | null;
    /**
     * Format: date-time
     * @description When it was blocked.
     */
    blockedAt?: string | null;
    /** @description Campaign that sent it, if any. */
    campaignId?: string | null;
    /**
     * Format: date-time
     * @description When it was cancelled.
     */
    canceledAt?: string | null;
    /** @description Why it was cancelled. */
    cancelReason?: string | null;
    /** @description What the compliance checks did with it. */
    complianceAction?: string | null;
    /** @description Conversation it belongs to, if any. */
    conversationId?: string | null;
    /**
     * Format: date-time
     * @description When it was created.
     */
    createdAt?: string;
    /** @description Who or what created it. */
    createdBy?: string;
    /**
     * Format: date-time
     * @description When the carrier reported delivery.
     */
    deliveredAt?: string | null;
    /** @description Longer explanation of what the item is for. */
    description?: string;
    /** @description `inbound` or `outbound`. */
    direction?: string | null;
    /** @description Provider error code, when it failed. */
    errorCode?: string | null;
    /** @description Broad group the event belongs to. */
    eventCategory?: string | null;
    /** @description Machine-readable kind of event. */
    eventType?: string;
    /**
     * Format: date-time
     * @description When it failed.
     */
    failedAt?: string | null;
    /** @description Number it was sent or placed from. */
    fromPhoneNumber?: string | null;
    /** @description Leadping number it was sent or placed from. */
    fromPhoneNumberId?: string | null;
    /** @description Identifier. */
    id?: string;
    /** @description The lead it belongs to. */
    leadId?: string | null;
    /** @description Files attached to the message. */
    media?: components["schemas"]["MessageMediaAttachment"][];
    /**
     * Format: date-time
     * @description When the next retry is due.
     */
    nextRetryAt?: string | null;
    /** @description Leadping number used to send it. */
    outboundPhoneNumberId?: string | null;
    /**
     * Format: date-time
     * @description When it was queued.
     */
    queuedAt?: string | null;
    /**
     * Format: date-time
     * @description When it was received.
     */
    receivedAt?: string | null;
    /** @description Identifier of the record the event is about. */
    relatedEntityId?: string | null;
    /** @description Kind of record the event is about. */
    relatedEntityType?: string | null;
    /**
     * Format: int32
     * @description Retries made so far.
     */
    retryCount?: number;
    /**
     * Format: date-time
     * @description When it is scheduled to be sent.
     */
    scheduledFor?: string | null;
    /** @description Why it was scheduled instead of sent at once. */
    scheduledReason?: string | null;
    /**
     * @description Why this outbound number was chosen.
     * @enum {string|null}
     */
    selectionReason?: "StickyConversation" | "LeadAssigned" | "CampaignOrSource" | "Preferred" | "LocalArea" | "HealthyPool" | "FallbackDefault" | "ManualOverride" | null;
    /**
     * Format: date-time
     * @description When sending started.
     */
    sendingStartedAt?: string | null;
    /**
     * Format: date-time
     * @description When it was sent.
     */
    sentAt?: string | null;
    /** @description Lead source involved, if any. */
    sourceId?: string | null;
    /**
     * @description Where it stands.
     * @enum {string|null}
     */
    status?: "Pending" | "InProgress" | "Completed" | "Cancelled" | "Scheduled" | "Queued" | "Sending" | "Sent" | "Received" | "Delivered" | "Undeliverable" | "Opted out" | "Blocked" | "Initiated" | "Ringing" | "Active" | "Ended" | "Missed" | "Voicemail" | "Failed" | "Canceled" | null;
    /** @description Why it has this status. */
    statusReason?: string | null;
    /** @description One-line summary. */
    summary?: string | null;
    /** @description Group it belongs to on the timeline. */
    timelineCategory?: string;
    /** @description Kind of timeline entry. */
    timelineType?: components["schemas"]["EventTimelineType"];
    /** @description Number it was sent or placed to. */
    toPhoneNumber?: string | null;
    /**
     * @description Whether it is real lead traffic or warm-up, test or internal traffic.
     * @enum {string|null}
     */
    trafficType?: "RealLead" | "Warmup" | "Test" | "SystemInternal" | "FailedAttempt" | null;
    /**
     * Format: date-time
     * @description When it was found undeliverable.
     */
    undeliverableAt?: string | null;
    /** @description Whether a user chose the outbound number by hand. */
    wasManuallyOverridden?: boolean;
};
/**
 * @description Kind of entry on a lead's event timeline.
 * @enum {string}
 */
export type EventTimelineType = "Message" | "Sms" | "Mms" | "Call" | "Voicemail" | "Note" | "LeadStatusChange" | "LeadCreated" | "LeadUpdated" | "Notification" | "Payment" | "Warmup";
/** @description Keeps only rows whose field equals the value. */
export type ExactMatchFilter = {
    /** @description Field to compare, such as `status` or `enabled`. */
    field: string;
    /** @description Value the field must equal. */
    value?: unknown;
};
/** @description A reference to another record: its id and name. */
export type IdNamePair = {
    /** @description Identifier. */
    id: string;
    /** @description Display name. */
    name: string;
};
/** @description A reference to another record with a value, such as a phone number. */
export type IdNameValue = {
    /** @description Identifier. */
    id: string;
    /** @description Display name. */
    name: string;
    /** @description Value, such as the phone number. */
    value?: string | null;
};
/**
 * Format: int32
 * @description Numeric code for why a lead was archived (0 means unspecified).
 * @enum {integer}
 */
export type LeadArchiveReason = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
/**
 * @description Optional context recorded when a lead is archived.
 * @example {
 *       "reason": 2,
 *       "note": "Duplicate of an older lead."
 *     }
 */
export type LeadArchiveRequest = {
    /** @description Free-text note explaining the archive, up to 500 characters. */
    note?: string | null;
    /** @description Why the lead is archived. */
    reason?: components["schemas"]["LeadArchiveReason"];
};
/** @description How to reach the lead, with the position Leadping derived from the address. */
export type LeadContact = {
    /**
     * Format: uri
     * @description Address of a picture of the lead.
     */
    avatarUrl?: string | null;
    /** @description Position of the lead's address, when it could be geocoded. */
    coordinate?: components["schemas"]["Coordinate"] | null;
    /**
     * Format: email
     * @description The lead's email address.
     */
    email?: string | null;
    /** @description The lead's given name. */
    firstName?: string | null;
    /** @description The lead's family name. */
    lastName?: string | null;
    /** @description The lead's phone number and its lookup result. */
    phone?: components["schemas"]["Phone"] | null;
    /** @description The lead's postal address. */
    streetAddress?: components["schemas"]["StreetAddress"] | null;
    /** @description IANA time zone the lead lives in, such as `America/Chicago`. */
    timeZoneId?: string | null;
};
/** @description How to reach the lead, as a client sends it. */
export type LeadContactRequest = {
    /**
     * Format: uri
     * @description Address of a picture of the lead.
     */
    avatarUrl?: string | null;
    /** @description Position of the lead's address, when the caller knows it. */
    coordinate?: components["schemas"]["Coordinate"] | null;
    /**
     * Format: email
     * @description The lead's email address.
     */
    email?: string | null;
    /** @description The lead's given name. */
    firstName?: string | null;
    /** @description The lead's family name. */
    lastName?: string | null;
    /** @description The lead's phone number. */
    phone?: components["schemas"]["PhoneRequest"] | null;
    /** @description The lead's postal address. */
    streetAddress?: components["schemas"]["StreetAddress"] | null;
    /** @description IANA time zone the lead lives in, such as `America/Chicago`. */
    timeZoneId?: string | null;
};
/** @description A lead event as Leadping's automations deliver it to a webhook endpoint (Standard Webhooks, one event per request). Leadping publishes no event catalog; this is the one the SDK and the local API share. */
export type LeadEvent = {
    /** @description The lead after the change; for `lead.deleted`, the lead as it was before it was deleted. */
    data: components["schemas"]["LeadResponse"];
    /**
     * Format: date-time
     * @description When the change happened.
     */
    timestamp: string;
    /** @description What happened to the lead. */
    type: components["schemas"]["LeadEventType"];
};
/**
 * @description The kinds of lead event a webhook endpoint receives.
 * @enum {string}
 */
export type LeadEventType = "lead.created" | "lead.updated" | "lead.status_changed" | "lead.archived" | "lead.unarchived" | "lead.tags_changed" | "lead.deleted";
/**
 * @description A flat lead record as web forms and lead sellers post it; Leadping maps it onto the lead structure.
 * @example {
 *       "firstName": "Grace",
 *       "lastName": "Hopper",
 *       "email": "grace@example.com",
 *       "phone": "+15125550199",
 *       "birthDate": "1990-04-01",
 *       "postalCode": "78702",
 *       "utmSource": "facebook",
 *       "price": 8,
 *       "tagNames": [
 *         "Web form"
 *       ]
 *     }
 */
export type LeadIntakeRequest = {
    /** @description First address line. */
    address1?: string | null;
    /** @description Second address line. */
    address2?: string | null;
    /**
     * Format: date
     * @description Date of birth (`YYYY-MM-DD`).
     */
    birthDate?: string | null;
    /** @description City. */
    city?: string | null;
    /**
     * Format: date
     * @description Date of birth (`YYYY-MM-DD`); an alias of `birthDate`.
     */
    dateOfBirth?: string | null;
    /**
     * Format: double
     * @description Direct-post price.
     */
    directPostPrice?: number | string | null;
    /**
     * Format: email
     * @description Email address.
     */
    email?: string | null;
    /** @description Identifier in the sender's system. */
    externalId?: string | null;
    /** @description Given name. */
    firstName?: string | null;
    /** @description Gender as the lead gave it. */
    gender?: string | null;
    /** @description Page the form was on. */
    landingPage?: string | null;
    /** @description Family name. */
    lastName?: string | null;
    /** @description Phone number, preferably E.164. */
    phone?: string | null;
    /** @description Kind of line, such as `mobile`. */
    phoneType?: string | null;
    /** @description Postal or ZIP code. */
    postalCode?: string | null;
    /**
     * Format: double
     * @description Price paid for the lead.
     */
    price?: number | string | null;
    /** @description Product the lead asked about. */
    product?: string | null;
    /** @description Referring page. */
    referrer?: string | null;
    /** @description The seller's identifier for the lead. */
    sellerLeadId?: string | null;
    /** @description The seller's identifier for the lead; an alias of `sellerLeadId`. */
    sellerLeadIdentifier?: string | null;
    /** @description Free-form key/value pairs to keep with the lead. */
    sourceMetadata?: {
        [key: string]: string;
    } | null;
    /** @description State or region. */
    state?: string | null;
    /** @description Seller sub-identifier. */
    subId?: string | null;
    /** @description Existing tag identifiers to apply. */
    tagIds?: string[];
    /** @description Tag names to apply; missing names are created. */
    tagNames?: string[];
    /**
     * Format: uri
     * @description TrustedForm certificate address.
     */
    trustedFormUrl?: string | null;
    /** @description Campaign name. */
    utmCampaign?: string | null;
    /** @description Campaign content variant. */
    utmContent?: string | null;
    /** @description Campaign medium. */
    utmMedium?: string | null;
    /** @description Campaign source. */
    utmSource?: string | null;
    /** @description Campaign keyword. */
    utmTerm?: string | null;
    /** @description Market vertical. */
    vertical?: string | null;
    /** @description ZIP code; an alias of `postalCode`. */
    zip?: string | null;
};
/** @description Non-secret facts about where a lead came from and how it may be contacted. */
export type LeadMetadata = {
    /** @description Leadping number assigned to converse with the lead. */
    assignedPhoneNumberId?: string | null;
    /** @description Business the lead belongs to. */
    businessId?: string | null;
    /** @description Why compliance blocked the lead, when it did. */
    complianceBlockedReason?: string | null;
    /** @description Outcome of the compliance checks run on intake. */
    complianceStatus?: string | null;
    /**
     * Format: date-time
     * @description When the source first captured the lead.
     */
    createdAt?: string | null;
    /**
     * Format: double
     * @description Price agreed for a direct post.
     */
    directPostPrice?: number | string | null;
    /** @description Identifier of this lead in the caller's own system. */
    externalId?: string | null;
    /** @description Import batch the lead came in with, if imported. */
    importBatchId?: string | null;
    /** @description IP address the lead submitted from. */
    ipAddress?: string | null;
    /** @description Whether the lead came from a bulk import. */
    isImported?: boolean;
    /** @description Page on which the lead filled in the form. */
    landingPage?: string | null;
    /** @description Organization it belongs to. */
    organizationId?: string | null;
    /** @description How the lead entered Leadping, such as `api` or `import`. */
    origin?: string | null;
    /**
     * Format: double
     * @description Price paid for the lead.
     */
    price?: number | string | null;
    /** @description Product the lead asked about. */
    product?: string | null;
    /** @description Publisher identifier the lead was bought from. */
    pubId?: string | null;
    /** @description Page that sent the visitor to the landing page. */
    referrer?: string | null;
    /** @description Identifier the seller gave this lead. */
    sellerLeadId?: string | null;
    /** @description Number the SMS consent was given for. */
    smsConsentPhoneNumber?: string | null;
    /** @description Current state of the lead's SMS consent. */
    smsConsentStatus?: string | null;
    /**
     * Format: date-time
     * @description When the lead last texted HELP.
     */
    smsHelpRequestedAt?: string | null;
    /** @description Whether the lead opted out of SMS. */
    smsOptedOut?: boolean;
    /**
     * Format: date-time
     * @description When the lead opted in to SMS.
     */
    smsOptInAt?: string | null;
    /**
     * Format: date-time
     * @description When the lead opted out of SMS.
     */
    smsOptOutAt?: string | null;
    /** @description Free-form key/value pairs the source attached. */
    sourceMetadata?: {
        [key: string]: string;
    } | null;
    /** @description Sub-identifier the seller uses to split its traffic. */
    subId?: string | null;
    /**
     * Format: date-time
     * @description When the TrustedForm certificate was last checked.
     */
    trustedFormCheckedAt?: string | null;
    /**
     * Format: uri
     * @description TrustedForm certificate address proving the lead gave consent.
     */
    trustedFormUrl?: string | null;
    /** @description Browser user agent the lead submitted from. */
    userAgent?: string | null;
    /** @description User who owns the lead. */
    userId?: string | null;
    /** @description Campaign name (`utm_campaign`). */
    utmCampaign?: string | null;
    /** @description Campaign content variant (`utm_content`). */
    utmContent?: string | null;
    /** @description Campaign medium (`utm_medium`). */
    utmMedium?: string | null;
    /** @description Campaign source (`utm_source`) the lead arrived from. */
    utmSource?: string | null;
    /** @description Campaign keyword (`utm_term`). */
    utmTerm?: string | null;
    /** @description Market vertical of the lead, such as `insurance`. */
    vertical?: string | null;
};
/** @description What the lead told about themselves; the lead vertical decides which of these matter. */
export type LeadProfile = {
    /**
     * Format: date
     * @description Date of birth (`YYYY-MM-DD`).
     */
    birthDate?: string | null;
    /**
     * Format: int32
     * @description Credit score.
     */
    creditScore?: number | string | null;
    /**
     * @description Kind of employment as the lead gave it.
     * @enum {string|null}
     */
    employmentType?: "Employed" | "PartTime" | "SelfEmployed" | "Contractor" | "Unemployed" | "Retired" | "Student" | "Military" | "Homemaker" | "Disabled" | "Other" | null;
    /**
     * @description Gender as the lead gave it.
     * @enum {string|null}
     */
    gender?: "M" | "F" | "NonBinary" | "PreferNotToSay" | "Other" | null;
    /** @description Whether the lead reported a bankruptcy; `null` when unknown. */
    hasBankruptcy?: boolean | null;
    /** @description Whether the lead reported a medical condition; `null` when unknown. */
    hasMedicalCondition?: boolean | null;
    /**
     * Format: int32
     * @description Height as a whole number, in the unit the source uses.
     */
    height?: number | string | null;
    /**
     * Format: int32
     * @description Income as a whole number of currency units.
     */
    income?: number | string | null;
    /** @description Whether the lead owns their home; `null` when unknown. */
    isHomeowner?: boolean | null;
    /**
     * @description Marital status as the lead gave it.
     * @enum {string|null}
     */
    maritalStatus?: "Married" | "Single" | "Widow" | "Separated" | "Divorced" | null;
    /**
     * Format: int32
     * @description How long the lead has lived at the current address, in months.
     */
    monthsAtResidence?: number | string | null;
    /**
     * Format: int32
     * @description Number of dependents.
     */
    numberOfDependents?: number | string | null;
    /**
     * Format: int32
     * @description Weight as a whole number, in the unit the source uses.
     */
    weight?: number | string | null;
};
/**
 * @description The writable fields of a lead. Sent to create a lead and, in full, to replace one with `PUT /leads/{id}`. The five groups a replace would otherwise clear are required, so a partial body is refused instead of wiping what it leaves out.
 * @example {
 *       "metadata": {
 *         "utmSource": "spring-fair",
 *         "externalId": "crm-4411",
 *         "sellerLeadId": null
 *       },
 *       "contact": {
 *         "firstName": "Ada",
 *         "lastName": "Lovelace",
 *         "streetAddress": {
 *           "line1": "12 Analytical Way",
 *           "line2": null,
 *           "city": "Austin",
 *           "state": "TX",
 *           "province": null,
 *           "region": null,
 *           "postalCode": "78701",
 *           "country": "US",
 *           "additionalInfo": null
 *         },
 *         "timeZoneId": "America/Chicago",
 *         "phone": {
 *           "number": "+15125550142",
 *           "type": "mobile",
 *           "lookup": null
 *         },
 *         "email": "ada@example.com"
 *       },
 *       "customer": {
 *         "height": 66,
 *         "weight": 130,
 *         "birthDate": "1985-12-10",
 *         "income": 85000,
 *         "isHomeowner": true,
 *         "monthsAtResidence": 36,
 *         "creditScore": 720,
 *         "hasBankruptcy": false,
 *         "numberOfDependents": 2,
 *         "hasMedicalCondition": null
 *       },
 *       "enabled": true,
 *       "tagIds": [
 *         "tag_hot"
 *       ],
 *       "tagNames": [
 *         "Spring campaign"
 *       ],
 *       "id": "lead_01"
 *     }
 */
export type LeadRequest = {
    /** @description An administrator's override of `enabled`. */
    adminEnablementOverride?: components["schemas"]["AdminEnablementOverride"];
    /** @description How to reach the lead. */
    contact: components["schemas"]["LeadContactRequest"];
    /** @description What the lead told about themselves. */
    customer: components["schemas"]["LeadProfile"];
    /** @description Whether follow-up automations may act on the lead; `null` keeps the organization default. */
    enabled?: boolean | null;
    /** @description The lead's identifier when the body describes an existing lead; must match the path when given. */
    id?: string | null;
    /** @description Where the lead came from and its consent facts. */
    metadata: components["schemas"]["LeadMetadata"];
    /** @description Identifiers of existing organization tags to put on the lead. */
    tagIds: string[];
    /** @description Tag names to put on the lead; names that do not exist yet are created. */
    tagNames: string[];
};
/**
 * @description A lead as Leadping stores it, returned by every operation that reads or changes one lead.
 * @example {
 *       "metadata": {
 *         "trustedFormUrl": null,
 *         "utmSource": "google",
 *         "utmMedium": "cpc",
 *         "utmCampaign": "spring",
 *         "utmTerm": null,
 *         "utmContent": null,
 *         "referrer": null,
 *         "landingPage": "https://example.com/quote",
 *         "subId": null,
 *         "pubId": null,
 *         "ipAddress": "203.0.113.7",
 *         "userAgent": null,
 *         "externalId": "crm-4411",
 *         "sellerLeadId": null,
 *         "createdAt": "2026-03-01T15:04:05Z",
 *         "price": 12.5,
 *         "directPostPrice": null,
 *         "product": "auto",
 *         "vertical": "insurance",
 *         "complianceStatus": "passed",
 *         "complianceBlockedReason": null,
 *         "sourceMetadata": {
 *           "form": "quote-v2"
 *         },
 *         "origin": "api",
 *         "importBatchId": null,
 *         "isImported": false,
 *         "assignedPhoneNumberId": null,
 *         "smsConsentStatus": "granted",
 *         "smsOptedOut": false,
 *         "smsOptOutAt": null,
 *         "smsOptInAt": "2026-03-01T15:04:05Z",
 *         "smsHelpRequestedAt": null,
 *         "smsConsentPhoneNumber": "+15125550142",
 *         "userId": "user_7",
 *         "businessId": "biz_1"
 *       },
 *       "contact": {
 *         "firstName": "Ada",
 *         "lastName": "Lovelace",
 *         "streetAddress": {
 *           "line1": "12 Analytical Way",
 *           "line2": null,
 *           "city": "Austin",
 *           "state": "TX",
 *           "province": null,
 *           "region": null,
 *           "postalCode": "78701",
 *           "country": "US",
 *           "additionalInfo": null
 *         },
 *         "coordinate": {
 *           "latitude": 30.2672,
 *           "longitude": -97.7431
 *         },
 *         "timeZoneId": "America/Chicago",
 *         "phone": {
 *           "number": "+15125550142",
 *           "type": "mobile",
 *           "lookup": {
 *             "number": "+15125550142",
 *             "isValid": true,
 *             "location": {
 *               "location": "Austin, TX",
 *               "state": "TX",
 *               "countryCode": "US",
 *               "coordinate": {
 *                 "latitude": 30.2672,
 *                 "longitude": -97.7431
 *               },
 *               "timeZoneId": "America/Chicago"
 *             },
 *             "id": "lookup_1",
 *             "createdAt": "2026-03-01T15:04:06Z",
 *             "modifiedAt": null
 *           }
 *         },
 *         "email": "ada@example.com"
 *       },
 *       "customer": {
 *         "height": 66,
 *         "weight": 130,
 *         "birthDate": "1985-12-10",
 *         "income": 85000,
 *         "isHomeowner": true,
 *         "monthsAtResidence": 36,
 *         "creditScore": 720,
 *         "hasBankruptcy": false,
 *         "numberOfDependents": 2,
 *         "hasMedicalCondition": null
 *       },
 *       "enabled": true,
 *       "adminEnablementOverride": {
 *         "enabled": true,
 *         "reason": null,
 *         "updatedByUserId": null,
 *         "updatedAt": null
 *       },
 *       "archivedAt": null,
 *       "archivedByUserId": null,
 *       "archiveReason": null,
 *       "archiveNote": null,
 *       "isArchived": false,
 *       "currentDisposition": {
 *         "id": "lsc_1",
 *         "outcome": "contacted",
 *         "displayName": "Contacted",
 *         "changedAt": "2026-03-02T09:00:00Z",
 *         "changedByUserId": "user_7",
 *         "changedByAutomationId": null
 *       },
 *       "tags": [
 *         {
 *           "id": "tag_hot",
 *           "name": "Hot",
 *           "normalizedName": "hot",
 *           "color": "#ef4444"
 *         }
 *       ],
 *       "id": "lead_01",
 *       "createdAt": "2026-03-01T15:04:05Z",
 *       "modifiedAt": "2026-03-02T09:00:00Z"
 *     }
 */
export type LeadResponse = {
    /** @description An administrator's override of `enabled`, when one is in force. */
    adminEnablementOverride?: components["schemas"]["AdminEnablementOverride"];
    /**
     * Format: date-time
     * @description When the lead was archived; `null` while it is active.
     */
    archivedAt?: string | null;
    /** @description User who archived the lead. */
    archivedByUserId?: string | null;
    /** @description Free-text note recorded with the archive. */
    archiveNote?: string | null;
    /** @description Why the lead was archived, as recorded by the archive operation (a `LeadArchiveReason` code in practice; left untyped by the API reference). */
    archiveReason?: unknown;
    /** @description How to reach the lead. */
    contact: components["schemas"]["LeadContact"];
    /**
     * Format: date-time
     * @description When Leadping created the lead.
     */
    createdAt: string;
    /** @description The lead's current disposition, kept on the lead itself. */
    currentDisposition?: components["schemas"]["CurrentDisposition"];
    /** @description The lead's current status, kept on the record so lists need no join. */
    currentLeadStatus?: components["schemas"]["CurrentLeadStatusSummary"] | null;
    /** @description What the lead told about themselves. */
    customer: components["schemas"]["LeadProfile"];
    /**
     * Format: date-time
     * @description When the lead was deleted; `null` unless deleted.
     */
    deletedAt?: string | null;
    /** @description User who deleted the lead. */
    deletedByUserId?: string | null;
    /** @description Whether follow-up automations may act on the lead. */
    enabled: boolean;
    /** @description The lead's identifier. */
    id: string;
    /** @description Whether the lead is archived (hidden from the default list). */
    isArchived: boolean;
    /** @description Where the lead came from and its consent facts. */
    metadata: components["schemas"]["LeadMetadata"];
    /**
     * Format: date-time
     * @description When the lead was last changed; `null` if never.
     */
    modifiedAt: string | null;
    /** @description What Leadping knows about the lead's phone number. */
    phoneIdentity?: components["schemas"]["PhoneIdentityResponse"] | null;
    /**
     * @description Where intake processing of the lead stands.
     * @enum {string|null}
     */
    processingStatus?: "Verifying" | "Validating" | "Enriching" | "Ready" | "Invalid" | "Failed" | null;
    /**
     * Format: date-time
     * @description When the processing status last changed.
     */
    processingStatusChangedAt?: string | null;
    /** @description Why the processing status is what it is. */
    processingStatusReason?: string | null;
    /** @description Tags currently on the lead. */
    tags: components["schemas"]["TagSummary"][];
};
/**
 * @description Broad category of a disposition, used for reporting.
 * @enum {string}
 */
export type LeadStatusCategory = "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate";
/** @description A lead's status history as a CSV file and as rows. */
export type LeadStatusChangeExportResponse = {
    /** @description Media type of the file, such as `image/png`. */
    contentType?: string;
    /** @description The export as CSV text. */
    csv?: string;
    /** @description Name of the file. */
    fileName?: string;
    /** @description The exported changes, one per row. */
    rows?: components["schemas"]["LeadStatusChangeExportRow"][];
};
/** @description One status change in an export. */
export type LeadStatusChangeExportRow = {
    /**
     * Format: date-time
     * @description When the booked appointment ends.
     */
    appointmentEndAt?: string | null;
    /**
     * Format: date-time
     * @description When the booked appointment starts.
     */
    appointmentStartAt?: string | null;
    /** @description User to whom the follow-up is assigned. */
    assignedToUserId?: string | null;
    /**
     * Format: date-time
     * @description When to call the lead back, for follow-up outcomes.
     */
    callbackAt?: string | null;
    /**
     * @description Broad category of the status, used for reporting.
     * @enum {string|null}
     */
    category?: "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate" | null;
    /**
     * Format: date-time
     * @description When the change was recorded.
     */
    changedAt?: string | null;
    /** @description Automation that made the change, if one did. */
    changedByAutomationId?: string | null;
    /** @description User who made the change, if a person did. */
    changedByUserId?: string | null;
    /**
     * @description What kind of actor made the change.
     * @enum {string|null}
     */
    changeSource?: "User" | "AI" | "Automation" | "System" | "API" | null;
    /**
     * Format: date-time
     * @description When it was created.
     */
    createdAt?: string;
    /** @description Where the follow-up task stands. */
    followUpStatus?: string | null;
    /** @description Whether the change follows up a missed call. */
    isMissedCallFollowUp?: boolean;
    /** @description The lead it belongs to. */
    leadId?: string | null;
    /** @description The status change the row describes. */
    leadStatusChangeId?: string | null;
    /** @description The change that superseded this one, if any. */
    newLeadStatusChangeId?: string | null;
    /** @description Notes recorded with the change. */
    notes?: string | null;
    /** @description The change this one superseded, if any. */
    oldLeadStatusChangeId?: string | null;
    /** @description Outcome of the superseded change. */
    oldLeadStatusChangeOutcome?: string | null;
    /** @description Kind of the superseded change. */
    oldLeadStatusChangeType?: string | null;
    /** @description Machine-readable outcome, such as `contacted`. */
    outcome?: string | null;
    /** @description Why the status changed. */
    reason?: string | null;
    /** @description Call event the change relates to. */
    relatedCallEventId?: string | null;
    /** @description Lead source involved, if any. */
    sourceId?: string | null;
    /**
     * Format: date-time
     * @description When the follow-up task is due.
     */
    taskDueAt?: string | null;
    /** @description Kind of item. */
    type?: string | null;
    /**
     * Format: date-time
     * @description When it was last changed.
     */
    updatedAt?: string;
};
/**
 * @description A new disposition for a lead, with when and why it changed.
 * @example {
 *       "type": "disposition",
 *       "outcome": "contacted",
 *       "category": "Open",
 *       "notes": "Left a voicemail.",
 *       "changeSource": "API"
 *     }
 */
export type LeadStatusChangeRequest = {
    /**
     * Format: date-time
     * @description When the booked appointment ends.
     */
    appointmentEndAt?: string | null;
    /** @description Notes about the booked appointment. */
    appointmentNotes?: string | null;
    /**
     * Format: date-time
     * @description When the booked appointment starts.
     */
    appointmentStartAt?: string | null;
    /** @description User to whom the follow-up is assigned. */
    assignedToUserId?: string | null;
    /**
     * Format: date-time
     * @description When to call the lead back, for follow-up outcomes.
     */
    callbackAt?: string | null;
    /** @description Broad category of the new disposition. */
    category?: components["schemas"]["LeadStatusCategory"] | null;
    /** @description Automation making the change, if any. */
    changedByAutomationId?: string | null;
    /** @description What kind of actor makes the change. */
    changeSource?: components["schemas"]["LeadStatusChangeSource"];
    /** @description Where the follow-up task stands. */
    followUpStatus?: string | null;
    /** @description Whether the change follows up a missed call. */
    isMissedCallFollowUp?: boolean;
    /** @description Notes recorded with the change. */
    notes?: string | null;
    /** @description Machine-readable outcome the lead moves to, such as `contacted`. */
    outcome: string;
    /** @description Why the status changed. */
    reason?: string | null;
    /** @description Call event the change relates to. */
    relatedCallEventId?: string | null;
    /** @description Lead source involved, if any. */
    sourceId?: string | null;
    /**
     * Format: date-time
     * @description When the follow-up task is due.
     */
    taskDueAt?: string | null;
    /**
     * Format: date-time
     * @description When the change took effect; defaults to the time the request is received.
     */
    timestamp?: string;
    /** @description Kind of status change, such as `disposition` or `follow-up`. */
    type: string;
};
/**
 * @description One recorded status change of a lead.
 * @example {
 *       "id": "lsc_1",
 *       "leadId": "lead_01",
 *       "leadName": "Ada Lovelace",
 *       "type": "disposition",
 *       "outcome": "contacted",
 *       "category": "Open",
 *       "oldLeadStatusChangeId": null,
 *       "notes": "Left a voicemail.",
 *       "reason": null,
 *       "changedByUserId": null,
 *       "changedByAutomationId": null,
 *       "changedAt": "2026-03-02T09:00:00Z",
 *       "changeSource": "API",
 *       "timestamp": "2026-03-02T09:00:00Z",
 *       "createdAt": "2026-03-02T09:00:00Z",
 *       "updatedAt": "2026-03-02T09:00:00Z",
 *       "callbackAt": null,
 *       "assignedToUserId": null
 *     }
 */
export type LeadStatusChangeResponse = {
    /**
     * Format: date-time
     * @description When the booked appointment ends.
     */
    appointmentEndAt?: string | null;
    /** @description Notes about the booked appointment. */
    appointmentNotes?: string | null;
    /**
     * Format: date-time
     * @description When the booked appointment starts.
     */
    appointmentStartAt?: string | null;
    /** @description User to whom the follow-up is assigned. */
    assignedToUserId?: string | null;
    /**
     * Format: date-time
     * @description When to call the lead back, for follow-up outcomes.
     */
    callbackAt?: string | null;
    /** @description Broad category of the disposition. */
    category?: components["schemas"]["LeadStatusCategory"] | null;
    /**
     * Format: date-time
     * @description When the change was recorded.
     */
    changedAt?: string | null;
    /** @description Automation that made the change, if one did. */
    changedByAutomationId?: string | null;
    /** @description User who made the change, if a person did. */
    changedByUserId?: string | null;
    /** @description What kind of actor made the change. */
    changeSource?: components["schemas"]["LeadStatusChangeSource"];
    /**
     * Format: date-time
     * @description When the record was created.
     */
    createdAt: string;
    /** @description Where the follow-up task stands. */
    followUpStatus?: string | null;
    /** @description The status change's identifier. */
    id: string;
    /** @description Whether the change follows up a missed call. */
    isMissedCallFollowUp?: boolean;
    /** @description The lead that changed status. */
    leadId: string;
    /** @description The lead's name at the time of the change. */
    leadName?: string | null;
    /** @description The change that superseded this one, if any. */
    newLeadStatusChangeId?: string | null;
    /** @description Notes recorded with the change; empty when none. */
    notes?: string;
    /** @description The change this one superseded, if any. */
    oldLeadStatusChangeId?: string | null;
    /** @description Outcome of the superseded change. */
    oldLeadStatusChangeOutcome?: string | null;
    /** @description Kind of the superseded change. */
    oldLeadStatusChangeType?: string | null;
    /** @description Outcome the lead moved to. */
    outcome: string;
    /** @description Why the status changed. */
    reason?: string | null;
    /** @description Call event the change relates to. */
    relatedCallEventId?: string | null;
    /** @description Lead source involved, if any. */
    sourceId?: string | null;
    /**
     * Format: date-time
     * @description When the follow-up task is due.
     */
    taskDueAt?: string | null;
    /**
     * Format: date-time
     * @description When the change took effect.
     */
    timestamp: string;
    /** @description Kind of status change. */
    type: string;
    /**
     * Format: date-time
     * @description When the record was last changed (its creation time if never).
     */
    updatedAt: string;
};
/**
 * @description What kind of actor made a status change.
 * @enum {string|null}
 */
export type LeadStatusChangeSource = "User" | "AI" | "Automation" | "System" | "API" | null;
/** @description The editable fields of a lead status. */
export type LeadStatusRequest = {
    /**
     * @description Broad category of the status, used for reporting.
     * @enum {string|null}
     */
    category?: "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate" | null;
    /** @description Display colour as hex, such as `#3b82f6`; at most 9 characters (`#RRGGBBAA`). */
    color?: string | null;
    /** @description Display name. */
    name?: string | null;
    /**
     * Format: int32
     * @description Position in lists, lowest first.
     */
    sortOrder?: number | null;
};
/** @description One lead status of the organization's catalog. */
export type LeadStatusResponse = {
    /** @description Broad category of the status, used for reporting. */
    category: components["schemas"]["LeadStatusCategory"];
    /** @description Display colour, such as `#3b82f6`. */
    color: string;
    /** @description Identifier. */
    id: string;
    /** @description Whether it is archived. */
    isArchived: boolean;
    /**
     * Format: date-time
     * @description When it was last changed.
     */
    modifiedAt: string;
    /** @description Display name. */
    name: string;
    /** @description Organization it belongs to. */
    organizationId: string;
    /**
     * Format: int32
     * @description Position in lists, lowest first.
     */
    sortOrder: number;
};
/** @description The compact view of a lead used by the lead list. */
export type LeadTableRow = {
    /**
     * Format: date-time
     * @description When the lead was archived; `null` while active.
     */
    archivedAt?: string | null;
    /** @description User who archived it. */
    archivedByUserId?: string | null;
    /** @description Why the lead was archived (a `LeadArchiveReason` code in practice). */
    archiveReason?: unknown;
    /**
     * Format: date-time
     * @description When the lead was created.
     */
    createdAt: string;
    /** @description The lead's current disposition. */
    currentDisposition?: components["schemas"]["CurrentDisposition"];
    /** @description The lead's current status, kept on the record so lists need no join. */
    currentLeadStatus?: components["schemas"]["CurrentLeadStatusSummary"] | null;
    /**
     * Format: email
     * @description The lead's email address.
     */
    email?: string | null;
    /** @description Whether follow-up automations may act on the lead. */
    enabled: boolean;
    /** @description The lead's given name. */
    firstName?: string | null;
    /** @description The lead's identifier. */
    id: string;
    /** @description Whether the lead is archived. */
    isArchived: boolean;
    /** @description The lead's family name. */
    lastName?: string | null;
    /** @description Organization it belongs to. */
    organization?: components["schemas"]["IdNamePair"] | null;
    /** @description The lead's phone number. */
    phone?: string | null;
    /**
     * Format: double
     * @description Price paid for the lead.
     */
    price?: number | string | null;
    /**
     * @description Where intake processing of the lead stands.
     * @enum {string|null}
     */
    processingStatus?: "Verifying" | "Validating" | "Enriching" | "Ready" | "Invalid" | "Failed" | null;
    /**
     * Format: date-time
     * @description When the processing status last changed.
     */
    processingStatusChangedAt?: string | null;
    /** @description Why the processing status is what it is. */
    processingStatusReason?: string | null;
    /** @description Lead source it came from. */
    source?: components["schemas"]["IdNamePair"] | null;
    /** @description Display name of the current disposition. */
    status?: string | null;
    /** @description Colour tone of the status badge. */
    statusTone?: string;
    /** @description Tags on the lead. */
    tags: components["schemas"]["TagSummary"][];
    /**
     * Format: date-time
     * @description When the lead was last changed (its creation time if never).
     */
    updatedAt: string;
};
/**
 * @description Tags to add to a lead, or the complete set to replace its tags with.
 * @example {
 *       "tagIds": [
 *         "tag_hot"
 *       ],
 *       "tagNames": [
 *         "Spring campaign"
 *       ],
 *       "createMissing": true
 *     }
 */
export type LeadTagsRequest = {
    /**
     * @description Create tags for names that match no existing tag instead of rejecting the request.
     * @default false
     */
    createMissing?: boolean;
    /** @description Identifiers of existing organization tags. */
    tagIds: string[];
    /** @description Tag names, matched case-insensitively against the organization's tags. */
    tagNames: string[];
};
/** @description A file attached to a message. */
export type MessageMediaAttachment = {
    /** @description Media type of the file, such as `image/png`. */
    contentType?: string | null;
    /** @description Name of the file. */
    fileName?: string | null;
    /** @description SHA-256 digest of the file. */
    sha256?: string | null;
    /**
     * Format: int64
     * @description Size of the file in bytes.
     */
    size?: number | null;
    /**
     * Format: uri
     * @description Address of the file.
     */
    url?: string;
};
/** @description One sort key of a list query. */
export type OrderByOption = {
    /**
     * @description Sort direction; ascending when omitted.
     * @enum {string|null}
     */
    direction?: "asc" | "desc" | null;
    /** @description Field to sort by, such as `createdAt` or `lastName`. */
    field: string;
};
/** @description One page of calls and the cursor to the next. */
export type PagedResultOfCallEventTableRow = {
    /** @description Cursor for the next page; `null` on the last page. */
    continuationToken: string | null;
    /** @description The rows of this page, in the requested order. */
    items: components["schemas"]["CallEventTableRow"][];
    /**
     * Format: int32
     * @description The page size that was applied.
     */
    pageSize: number;
    /**
     * Format: int32
     * @description Rows in the whole result, when `includeCount` was requested.
     */
    totalCount?: number | null;
};
/** @description One page of conversations and the cursor to the next. */
export type PagedResultOfConversationResponse = {
    /** @description Cursor for the next page; `null` on the last page. */
    continuationToken: string | null;
    /** @description The rows of this page, in the requested order. */
    items: components["schemas"]["ConversationResponse"][];
    /**
     * Format: int32
     * @description The page size that was applied.
     */
    pageSize: number;
    /**
     * Format: int32
     * @description Rows in the whole result, when `includeCount` was requested.
     */
    totalCount?: number | null;
};
/** @description One page of events and the cursor to the next. */
export type PagedResultOfEventTableRow = {
    /** @description Cursor for the next page; `null` on the last page. */
    continuationToken: string | null;
    /** @description The rows of this page, in the requested order. */
    items: components["schemas"]["EventTableRow"][];
    /**
     * Format: int32
     * @description The page size that was applied.
     */
    pageSize: number;
    /**
     * Format: int32
     * @description Rows in the whole result, when `includeCount` was requested.
     */
    totalCount?: number | null;
};
/** @description One page of status changes and the cursor to the next. */
export type PagedResultOfLeadStatusChangeResponse = {
    /** @description Cursor for the next page; `null` on the last page. */
    continuationToken: string | null;
    /** @description The rows of this page, in the requested order. */
    items: components["schemas"]["LeadStatusChangeResponse"][];
    /**
     * Format: int32
     * @description The page size that was applied.
     */
    pageSize: number;
    /**
     * Format: int32
     * @description Rows in the whole result, when `includeCount` was requested.
     */
    totalCount?: number | null;
};
/**
 * @description One page of the lead list and the cursor to the next.
 * @example {
 *       "items": [
 *         {
 *           "id": "lead_01",
 *           "firstName": "Ada",
 *           "lastName": "Lovelace",
 *           "phone": "+15125550142",
 *           "email": "ada@example.com",
 *           "createdAt": "2026-03-01T15:04:05Z",
 *           "updatedAt": "2026-03-01T15:04:05Z",
 *           "status": "New",
 *           "enabled": true,
 *           "archivedAt": null,
 *           "archiveReason": null,
 *           "isArchived": false,
 *           "price": 12.5,
 *           "tags": []
 *         }
 *       ],
 *       "pageSize": 25,
 *       "totalCount": 1,
 *       "continuationToken": null
 *     }
 */
export type PagedResultOfLeadTableRow = {
    /** @description Cursor for the next page; `null` on the last page. */
    continuationToken: string | null;
    /** @description The rows of this page, in the requested order. */
    items: components["schemas"]["LeadTableRow"][];
    /**
     * Format: int32
     * @description The page size that was applied.
     */
    pageSize: number;
    /**
     * Format: int32
     * @description Rows in the whole result, when `includeCount` was requested.
     */
    totalCount?: number | null;
};
/** @description One page of SMS messages and the cursor to the next. */
export type PagedResultOfSmsEventTableRow = {
    /** @description Cursor for the next page; `null` on the last page. */
    continuationToken: string | null;
    /** @description The rows of this page, in the requested order. */
    items: components["schemas"]["SmsEventTableRow"][];
    /**
     * Format: int32
     * @description The page size that was applied.
     */
    pageSize: number;
    /**
     * Format: int32
     * @description Rows in the whole result, when `includeCount` was requested.
     */
    totalCount?: number | null;
};
/** @description A lead's phone number with what Leadping knows about it. */
export type Phone = {
    /** @description The latest lookup result for this number, when one exists. */
    lookup?: components["schemas"]["PhoneLookup"] | null;
    /** @description The phone number, preferably in E.164 form (`+15551234567`). */
    number?: string;
    /** @description Stored identity record of this phone number. */
    phoneIdentityId?: string | null;
    /** @description Kind of line, such as `mobile` or `landline`. */
    type?: string | null;
};
/** @description One lookup Leadping ran on a phone number. */
export type PhoneIdentityLookupAction = {
    /** @description Identifier. */
    id?: string;
    /**
     * Format: date-time
     * @description When it happened.
     */
    occurredAt?: string;
    /** @description Provider that answered the lookup. */
    provider?: string;
    /**
     * Format: double
     * @description What the provider charged for the lookup.
     */
    providerCostAmount?: number | null;
    /** @description Pricing version the provider charged under. */
    providerPricingVersion?: string | null;
    /** @description Where it stands. */
    status?: components["schemas"]["PhoneIdentityLookupActionStatus"];
    /** @description Kind of item. */
    type?: components["schemas"]["PhoneIdentityLookupActionType"];
};
/**
 * @description Whether a lookup succeeded.
 * @enum {string}
 */
export type PhoneIdentityLookupActionStatus = "succeeded" | "failed";
/**
 * @description Kind of lookup run on a phone number.
 * @enum {string}
 */
export type PhoneIdentityLookupActionType = "validation" | "enrichment" | "unwanted-number-check";
/** @description What Leadping knows about a phone number. */
export type PhoneIdentityResponse = {
    /**
     * Format: date-time
     * @description When it was created.
     */
    createdAt?: string;
    /** @description Identifier. */
    id?: string;
    /**
     * Format: date-time
     * @description When the number was last enriched.
     */
    lastEnrichedAt?: string | null;
    /** @description The latest lookup result for the number. */
    lookup?: components["schemas"]["PhoneLookup"] | null;
    /** @description Lookups run on the number, oldest first. */
    lookupActions?: components["schemas"]["PhoneIdentityLookupAction"][];
    /**
     * Format: date-time
     * @description When it was last changed.
     */
    modifiedAt?: string | null;
    /** @description Display name. */
    name?: string;
    /** @description The phone number, preferably in E.164 form. */
    number?: string;
    /** @description The latest raw enrichment record from the provider. */
    providerEnrichment?: components["schemas"]["PhoneLookupProviderSnapshot"] | null;
};
/** @description How a location value was found. */
export type PhoneLocationSource = {
    /** @description How the value was found. */
    method?: string;
    /** @description Query used to find the value. */
    query?: string | null;
};
/** @description The stored result of looking up a phone number. */
export type PhoneLookup = {
    /** @description Caller-name (CNAM) lookup result. */
    callerName?: components["schemas"]["PhoneLookupCallerName"] | null;
    /** @description Carrier lookup result. */
    carrier?: components["schemas"]["PhoneLookupCarrier"] | null;
    /**
     * Format: date-time
     * @description When the lookup was performed.
     */
    createdAt?: string;
    /** @description Fraud signal the lookup returned. */
    fraud?: string | null;
    /** @description Identifier of the stored lookup result. */
    id?: string;
    /** @description Whether the number is a valid, dialable number. */
    isValid?: boolean;
    /**
     * @description Kind of line, such as `Wireless`.
     * @enum {string|null}
     */
    lineType?: "Wireline" | "Wireless" | "VoWiFi" | "VoIP" | "PrePaidWireless" | "Unknown" | null;
    /** @description Where the number is registered. */
    location?: components["schemas"]["PhoneNumberLocation"] | null;
    /**
     * Format: date-time
     * @description When the lookup was last refreshed, if ever.
     */
    modifiedAt?: string | null;
    /** @description The number in national format. */
    nationalFormat?: string | null;
    /** @description The number that was looked up, in E.164 form. */
    number?: string | null;
    /** @description Number portability lookup result. */
    portability?: components["schemas"]["PhoneLookupPortability"] | null;
    /** @description Kind of record the lookup returned. */
    recordType?: string | null;
};
/** @description Caller-name (CNAM) lookup result. */
export type PhoneLookupCallerName = {
    /** @description Provider error code, when it failed. */
    errorCode?: string | null;
    /** @description Display name. */
    name?: string | null;
};
/** @description Carrier lookup result. */
export type PhoneLookupCarrier = {
    /** @description Provider error code, when it failed. */
    errorCode?: string | null;
    /** @description Mobile country code (MCC). */
    mobileCountryCode?: string | null;
    /** @description Mobile network code (MNC). */
    mobileNetworkCode?: string | null;
    /** @description Display name. */
    name?: string | null;
    /** @description Carrier name, normalized. */
    normalizedCarrier?: string | null;
    /**
     * @description Kind of item.
     * @enum {string|null}
     */
    type?: "FixedLine" | "Mobile" | "Voip" | "FixedLineOrMobile" | "TollFree" | "PremiumRate" | "SharedCost" | "PersonalNumber" | "Pager" | "Uan" | "Voicemail" | "Unknown" | null;
};
/** @description Number portability lookup result. */
export type PhoneLookupPortability = {
    /** @description Name of the alternative carrier in the porting record. */
    alternativeCarrierName?: string | null;
    /** @description Kind of the alternative carrier in the porting record. */
    alternativeCarrierType?: string | null;
    /** @description Service provider id of the alternative carrier. */
    alternativeSpid?: string | null;
    /** @description Name of the carrier that holds the number. */
    carrierName?: string | null;
    /** @description Kind of carrier that holds the number. */
    carrierType?: string | null;
    /** @description City of the porting record. */
    city?: string | null;
    /** @description Kind of line, such as `Wireless`. */
    lineType?: string | null;
    /** @description Local routing number of a ported number. */
    localRoutingNumber?: string | null;
    /** @description Operating company number (OCN) of the carrier. */
    operatingCompanyNumber?: string | null;
    /** @description When the number was ported. */
    portedDate?: string | null;
    /** @description Whether the number was ported. */
    portedStatus?: string | null;
    /** @description Service provider id of the carrier. */
    spid?: string | null;
    /** @description State or region. */
    state?: string | null;
};
/** @description A raw record from the lookup provider. */
export type PhoneLookupProviderSnapshot = {
    /** @description Kind of lookup. */
    lookupType?: string;
    /** @description Provider that answered the lookup. */
    provider?: string;
    /** @description The provider's record as JSON text. */
    rawRecordJson?: string;
    /**
     * Format: date-time
     * @description When the record was retrieved.
     */
    retrievedAt?: string;
    /**
     * Format: int32
     * @description Version of the record's layout.
     */
    schemaVersion?: number;
};
/** @description A phone number lookup result, as a client may send it back. */
export type PhoneLookupRequest = {
    /**
     * Format: date-time
     * @description When the lookup was performed.
     */
    createdAt?: string | null;
    /** @description Identifier of the stored lookup result. */
    id?: string | null;
    /** @description Whether the number is a valid, dialable number. */
    isValid?: boolean;
    /** @description Where the number is registered. */
    location?: components["schemas"]["PhoneNumberLocationRequest"] | null;
    /**
     * Format: date-time
     * @description When the lookup was last refreshed.
     */
    modifiedAt?: string | null;
    /** @description The number that was looked up, in E.164 form. */
    number?: string | null;
};
/** @description Where a phone number is registered, as Leadping resolved it. */
export type PhoneNumberLocation = {
    /** @description City of the number's location, normalized. */
    canonicalCity?: string | null;
    /** @description State of the number's location, normalized. */
    canonicalState?: string | null;
    /** @description Approximate position of the number's location, when known. */
    coordinate?: components["schemas"]["Coordinate"] | null;
    /** @description How the position was found. */
    coordinateSource?: components["schemas"]["PhoneLocationSource"] | null;
    /** @description ISO country code of the number. */
    countryCode?: string | null;
    /** @description Human-readable place name for the number. */
    location?: string | null;
    /** @description State or region the number belongs to. */
    state?: string | null;
    /** @description IANA time zone of the number's location. */
    timeZoneId?: string | null;
    /** @description How the time zone was found. */
    timeZoneSource?: components["schemas"]["PhoneLocationSource"] | null;
};
/** @description Where a phone number is registered, as a client may send it. */
export type PhoneNumberLocationRequest = {
    /** @description ISO country code of the number. */
    countryCode?: string | null;
    /** @description Human-readable place name for the number. */
    location?: string | null;
    /** @description State or region the number belongs to. */
    state?: string | null;
    /** @description IANA time zone of the number's location. */
    timeZoneId?: string | null;
};
/** @description A lead's phone number, as a client sends it. */
export type PhoneRequest = {
    /** @description A previously obtained lookup result for this number. */
    lookup?: components["schemas"]["PhoneLookupRequest"] | null;
    /** @description The phone number, preferably in E.164 form (`+15551234567`). */
    number?: string;
    /** @description Stored identity record of this phone number. */
    phoneIdentityId?: string | null;
    /** @description Kind of line, such as `mobile` or `landline`. */
    type?: string | null;
};
/**
 * @description An RFC 9457 problem details document describing why a request failed.
 * @example {
 *       "type": "https://leadping.ai/problems/validation",
 *       "title": "One or more validation errors occurred.",
 *       "status": 400,
 *       "detail": "The request body does not match the lead schema.",
 *       "instance": "/leads/lead_01",
 *       "traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
 *       "errors": {
 *         "customer.birthDate": [
 *           "must be a date (YYYY-MM-DD)"
 *         ]
 *       }
 *     }
 */
export type ProblemDetails = {
    /** @description Human-readable explanation of this occurrence. */
    detail?: string | null;
    /** @description Validation messages by field path (for example `contact.email`), each with one or more messages. */
    errors?: {
        [key: string]: string[];
    } | null;
    /** @description URI reference identifying this occurrence. */
    instance?: string | null;
    /**
     * Format: int32
     * @description The HTTP status code of this response.
     */
    status?: number | null;
    /** @description Short, human-readable summary of the kind of problem. */
    title?: string | null;
    /** @description Identifier to quote to Leadping support when reporting the failure. */
    traceId?: string | null;
    /** @description URI reference identifying the kind of problem. */
    type?: string | null;
} & {
    [key: string]: unknown;
};
/** @description Keeps only rows whose field lies within the bounds given. */
export type RangeFilter = {
    /** @description Field to compare, such as `createdAt`. */
    field: string;
    /** @description Exclusive lower bound. */
    greaterThan?: unknown;
    /** @description Inclusive lower bound. */
    greaterThanOrEqual?: unknown;
    /** @description Exclusive upper bound. */
    lessThan?: unknown;
    /** @description Inclusive upper bound. */
    lessThanOrEqual?: unknown;
};
/**
 * @description Paging, sorting, search and filters for a list query.
 * @example {
 *       "pageSize": 25,
 *       "continuationToken": null,
 *       "orderBy": [
 *         {
 *           "field": "createdAt",
 *           "direction": "desc"
 *         }
 *       ],
 *       "includeCount": true,
 *       "search": "lovelace"
 *     }
 */
export type RequestDataOptions = {
    /** @description Opaque cursor from the previous page's `continuationToken`; omit or send `null` for the first page. */
    continuationToken?: string | null;
    /** @description Exact-match filters; all must hold. */
    filters?: components["schemas"]["ExactMatchFilter"][] | null;
    /** @description Whether to compute `totalCount` for the whole result. */
    includeCount?: boolean | null;
    /** @description Sort keys, most significant first. */
    orderBy?: components["schemas"]["OrderByOption"][] | null;
    /**
     * Format: int32
     * @description Most rows to return in one page (1–100).
     * @default 25
     */
    pageSize?: number;
    /** @description Range filters; all must hold. */
    rangeFilters?: components["schemas"]["RangeFilter"][] | null;
    /** @description Case-insensitive text matched against the searchable fields (names, email, phone). */
    search?: string | null;
    /** @description Restricts `search` to these fields. */
    searchFields?: string[] | null;
};
/** @description An SMS or MMS message with a lead, as the message list shows it. */
export type SmsEventTableRow = {
    /** @description Name of the person or system that caused the event. */
    actorDisplayName?: string | null;
    /** @description User who caused the event, if a person did. */
    actorUserId?: string | null;
    /**
     * Format: double
     * @description Amount billed for it, in the organization's currency.
     */
    billableAmount?: number | null;
    /** @description Where billing for it stands. */
    billingStatus?: string | null;
    /**
     * Format: date-time
     * @description When it was blocked.
     */
    blockedAt?: string | null;
    /**
     * Format: date-time
     * @description When it was cancelled.
     */
    canceledAt?: string | null;
    /** @description Why it was cancelled. */
    cancelReason?: string | null;
    /** @description What the compliance checks did with it. */
    complianceAction?: string | null;
    /** @description Step-by-step log of what Leadping did with it. */
    consoleEntries?: components["schemas"]["CommunicationConsoleEntry"][];
    /** @description Conversation it belongs to, if any. */
    conversationId?: string | null;
    /**
     * Format: date-time
     * @description When it was created.
     */
    createdAt?: string;
    /**
     * Format: date-time
     * @description When the carrier reported delivery.
     */
    deliveredAt?: string | null;
    /** @description `inbound` or `outbound`. */
    direction?: string;
    /** @description Provider error code, when it failed. */
    errorCode?: string | null;
    /** @description Provider error message, when it failed. */
    errorMessage?: string | null;
    /**
     * Format: date-time
     * @description When it failed.
     */
    failedAt?: string | null;
    /** @description Number it was sent or placed from. */
    fromPhoneNumber?: string;
    /** @description Leadping number it was sent or placed from. */
    fromPhoneNumberId?: string;
    /** @description Identifier. */
    id?: string;
    /** @description Whether an automation sent it. */
    isAutomated?: boolean;
    /** @description The lead it belongs to. */
    lead?: components["schemas"]["IdNamePair"];
    /** @description Files attached to the message. */
    media?: components["schemas"]["MessageMediaAttachment"][];
    /** @description Organization it belongs to. */
    organization?: string;
    /** @description Name of the organization it belongs to. */
    organizationName?: string | null;
    /** @description Leadping number used to send it. */
    outboundPhoneNumberId?: string;
    /**
     * @description What sent the message.
     * @enum {string|null}
     */
    outboundSource?: "manual" | "automation" | "campaign" | "import" | "api" | "system_notification" | "warmup" | "retry" | null;
    /**
     * Format: date-time
     * @description When it was queued.
     */
    queuedAt?: string | null;
    /**
     * Format: date-time
     * @description When it was received.
     */
    receivedAt?: string | null;
    /**
     * Format: date-time
     * @description When it is scheduled to be sent.
     */
    scheduledFor?: string | null;
    /** @description Why it was scheduled instead of sent at once. */
    scheduledReason?: string | null;
    /** @description Name of the sender. */
    senderName?: string | null;
    /**
     * Format: date-time
     * @description When sending started.
     */
    sendingStartedAt?: string | null;
    /**
     * Format: date-time
     * @description When it was sent.
     */
    sentAt?: string | null;
    /**
     * @description Where it stands.
     * @enum {string|null}
     */
    status?: "draft" | "scheduled" | "queued" | "sending" | "sent" | "received" | "delivered" | "failed" | "undeliverable" | "opted_out" | "blocked_compliance" | "blocked_billing" | "blocked_missing_campaign" | "canceled" | null;
    /** @description Why it has this status. */
    statusReason?: string | null;
    /** @description Text of the message. */
    text?: string;
    /** @description Number it was sent or placed to. */
    toPhoneNumber?: string;
    /**
     * @description Whether it is real lead traffic or warm-up, test or internal traffic.
     * @enum {string|null}
     */
    trafficType?: "RealLead" | "Warmup" | "Test" | "SystemInternal" | "FailedAttempt" | null;
    /**
     * Format: date-time
     * @description When it was found undeliverable.
     */
    undeliverableAt?: string | null;
    /** @description User it belongs to. */
    user?: string;
    /** @description Name of the user. */
    userName?: string | null;
};
/** @description A postal address. */
export type StreetAddress = {
    /** @description Free-form delivery notes that fit no other line. */
    additionalInfo?: string | null;
    /** @description City or locality. */
    city?: string | null;
    /** @description Country name or ISO code. */
    country?: string | null;
    /** @description First address line, usually the street and house number. */
    line1?: string | null;
    /** @description Second address line, such as an apartment or suite. */
    line2?: string | null;
    /** @description Postal or ZIP code. */
    postalCode?: string | null;
    /** @description Province, for addresses that have one. */
    province?: string | null;
    /** @description Region or county, where neither state nor province applies. */
    region?: string | null;
    /** @description State, for addresses that have one. */
    state?: string | null;
};
/**
 * @description The editable fields of an organization tag.
 * @example {
 *       "name": "Hot",
 *       "color": "#ef4444"
 *     }
 */
export type TagRequest = {
    /** @description Display colour as hex, such as `#3b82f6`; at most 9 characters (`#RRGGBBAA`). */
    color?: string | null;
    /** @description Longer explanation of what the item is for. */
    description?: string | null;
    /** @description The tag's identifier when the body describes an existing tag; must match the path when given. */
    id?: string | null;
    /** @description Display name; unique within the organization, compared case-insensitively. */
    name?: string | null;
};
/**
 * @description An organization tag.
 * @example {
 *       "organizationId": "org_1",
 *       "name": "Hot",
 *       "normalizedName": "hot",
 *       "color": "#ef4444",
 *       "createdByUserId": "user_7",
 *       "isArchived": false,
 *       "archivedAt": null,
 *       "id": "tag_hot",
 *       "createdAt": "2026-02-01T10:00:00Z",
 *       "modifiedAt": null
 *     }
 */
export type TagResponse = {
    /**
     * Format: date-time
     * @description When the tag was archived.
     */
    archivedAt?: string | null;
    /** @description Display colour, such as `#3b82f6`. */
    color?: string | null;
    /**
     * Format: date-time
     * @description When the tag was created.
     */
    createdAt: string;
    /** @description User who created the tag. */
    createdByUserId?: string | null;
    /** @description Longer explanation of what the item is for. */
    description?: string | null;
    /** @description The tag's identifier. */
    id: string;
    /** @description Whether the tag is archived and no longer offered for new assignments. */
    isArchived: boolean;
    /**
     * Format: date-time
     * @description When the tag was last changed; `null` if never.
     */
    modifiedAt?: string | null;
    /** @description Display name. */
    name: string;
    /** @description Lower-cased, trimmed name used to match tags by name. */
    normalizedName: string;
    /** @description Organization that owns the tag. */
    organizationId?: string | null;
};
/** @description A tag as it appears on a lead. */
export type TagSummary = {
    /** @description Display colour, such as `#3b82f6`. */
    color?: string | null;
    /** @description The tag's identifier. */
    id: string;
    /** @description The tag's display name. */
    name: string;
    /** @description Lower-cased, trimmed name used to match tags by name. */
    normalizedName: string;
};
