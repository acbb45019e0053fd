// Generated from spec/ (bundled as packages/types/openapi.json) by packages/types/scripts/generate.mjs. Do not edit.
// Change spec/ and run `pnpm generate` instead.
/* eslint-disable */
export interface paths {
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
         * @description Returns one page of the caller's leads. Follow `continuationToken` until it is `null` to read every page. Uses POST so that the query can carry structured filters; it does not change anything and is safe to retry.
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
        get?: never;
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
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An administrator's decision that overrides whether the lead is enabled. */
        AdminEnablementOverride: {
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
        /** @description A geographic position, as decimal degrees written as strings. */
        Coordinate: {
            /** @description Latitude in decimal degrees. */
            latitude: string;
            /** @description Longitude in decimal degrees. */
            longitude: string;
        };
        /** @description The lead's current disposition (status), kept on the lead so lists need no join. */
        CurrentDisposition: {
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
        /** @description Keeps only rows whose field equals the value. */
        ExactMatchFilter: {
            /** @description Field to compare, such as `status` or `enabled`. */
            field: string;
            /** @description Value the field must equal. */
            value?: unknown;
        };
        /**
         * Format: int32
         * @description Numeric code for why a lead was archived (0 means unspecified).
         * @enum {integer}
         */
        LeadArchiveReason: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
        /**
         * @description Optional context recorded when a lead is archived.
         * @example {
         *       "reason": 2,
         *       "note": "Duplicate of an older lead."
         *     }
         */
        LeadArchiveRequest: {
            /** @description Free-text note explaining the archive, up to 500 characters. */
            note?: string | null;
            /** @description Why the lead is archived. */
            reason?: components["schemas"]["LeadArchiveReason"];
        };
        /** @description How to reach the lead, with the position Leadping derived from the address. */
        LeadContact: {
            /** @description Position of the lead's address, when it could be geocoded. */
            coordinate?: components["schemas"]["Coordinate"] | null;
            /** @description The lead's email address. */
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
        LeadContactRequest: {
            /** @description The lead's email address. */
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
         *       "price": "8.00",
         *       "tagNames": [
         *         "Web form"
         *       ]
         *     }
         */
        LeadIntakeRequest: {
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
            /** @description Direct-post price, as a decimal string. */
            directPostPrice?: string | null;
            /** @description Email address. */
            email?: string | null;
            /** @description Identifier in the sender's system. */
            externalId?: string | null;
            /** @description Given name. */
            firstName?: string | null;
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
            /** @description Price paid for the lead, as a decimal string. */
            price?: string | null;
            /** @description Product the lead asked about. */
            product?: string | null;
            /** @description Referring page. */
            referrer?: string | null;
            /** @description The seller's identifier for the lead. */
            sellerLeadId?: string | null;
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
            /** @description TrustedForm certificate address. */
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
        };
        /** @description Non-secret facts about where a lead came from and how it may be contacted. */
        LeadMetadata: {
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
            /** @description Price agreed for a direct post, as a decimal string. */
            directPostPrice?: string | null;
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
            /** @description How the lead entered Leadping, such as `api` or `import`. */
            origin?: string | null;
            /** @description Price paid for the lead, as a decimal string. */
            price?: string | null;
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
            /** @description TrustedForm certificate address proving the lead gave consent. */
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
        LeadProfile: {
            /**
             * Format: date
             * @description Date of birth (`YYYY-MM-DD`).
             */
            birthDate?: string | null;
            /** @description Credit score or band as the source reported it. */
            creditScore?: string | null;
            /** @description Whether the lead reported a bankruptcy; `null` when unknown. */
            hasBankruptcy?: boolean | null;
            /** @description Whether the lead reported a medical condition; `null` when unknown. */
            hasMedicalCondition?: boolean | null;
            /** @description Height as the source reported it, for example `5'10"` or `178cm`. */
            height?: string | null;
            /** @description Income as the source reported it. */
            income?: string | null;
            /** @description Whether the lead owns their home; `null` when unknown. */
            isHomeowner?: boolean | null;
            /** @description How long the lead has lived at the current address, in months. */
            monthsAtResidence?: string | null;
            /** @description Number of dependents as the source reported it. */
            numberOfDependents?: string | null;
            /** @description Weight as the source reported it. */
            weight?: string | null;
        };
        /**
         * @description The writable fields of a lead. Sent to create a lead and, in full, to replace one with `PUT /leads/{id}`.
         * @example {
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
         *         "height": "5'6\"",
         *         "weight": "130",
         *         "birthDate": "1985-12-10",
         *         "income": "85000",
         *         "isHomeowner": true,
         *         "monthsAtResidence": "36",
         *         "creditScore": "720",
         *         "hasBankruptcy": false,
         *         "numberOfDependents": "2",
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
        LeadRequest: {
            /** @description An administrator's override of `enabled`. */
            adminEnablementOverride?: components["schemas"]["AdminEnablementOverride"];
            /** @description How to reach the lead. */
            contact?: components["schemas"]["LeadContactRequest"];
            /** @description What the lead told about themselves. */
            customer?: components["schemas"]["LeadProfile"];
            /** @description Whether follow-up automations may act on the lead; `null` keeps the organization default. */
            enabled?: boolean | null;
            /** @description The lead's identifier when the body describes an existing lead; must match the path when given. */
            id?: string | null;
            /** @description Where the lead came from and its consent facts. */
            metadata?: components["schemas"]["LeadMetadata"];
            /** @description Identifiers of existing organization tags to put on the lead. */
            tagIds?: string[];
            /** @description Tag names to put on the lead; names that do not exist yet are created. */
            tagNames?: string[];
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
         *         "price": "12.50",
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
         *           "latitude": "30.2672",
         *           "longitude": "-97.7431"
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
         *                 "latitude": "30.2672",
         *                 "longitude": "-97.7431"
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
         *         "height": "5'6\"",
         *         "weight": "130",
         *         "birthDate": "1985-12-10",
         *         "income": "85000",
         *         "isHomeowner": true,
         *         "monthsAtResidence": "36",
         *         "creditScore": "720",
         *         "hasBankruptcy": false,
         *         "numberOfDependents": "2",
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
        LeadResponse: {
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
            /** @description What the lead told about themselves. */
            customer: components["schemas"]["LeadProfile"];
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
            /** @description Tags currently on the lead. */
            tags: components["schemas"]["TagSummary"][];
        };
        /**
         * @description Broad category of a disposition, used for reporting.
         * @enum {string|null}
         */
        LeadStatusCategory: "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate" | null;
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
        LeadStatusChangeRequest: {
            /** @description User to whom the follow-up is assigned. */
            assignedToUserId?: string | null;
            /**
             * Format: date-time
             * @description When to call the lead back, for follow-up outcomes.
             */
            callbackAt?: string | null;
            /** @description Broad category of the new disposition. */
            category?: components["schemas"]["LeadStatusCategory"];
            /** @description Automation making the change, if any. */
            changedByAutomationId?: string | null;
            /** @description What kind of actor makes the change. */
            changeSource?: components["schemas"]["LeadStatusChangeSource"];
            /** @description Notes recorded with the change. */
            notes?: string | null;
            /** @description Machine-readable outcome the lead moves to, such as `contacted`. */
            outcome: string;
            /** @description Why the status changed. */
            reason?: string | null;
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
         *       "updatedAt": null,
         *       "callbackAt": null,
         *       "assignedToUserId": null
         *     }
         */
        LeadStatusChangeResponse: {
            /** @description User to whom the follow-up is assigned. */
            assignedToUserId?: string | null;
            /**
             * Format: date-time
             * @description When to call the lead back, for follow-up outcomes.
             */
            callbackAt?: string | null;
            /** @description Broad category of the disposition. */
            category?: components["schemas"]["LeadStatusCategory"];
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
            /** @description The status change's identifier. */
            id: string;
            /** @description The lead that changed status. */
            leadId: string;
            /** @description The lead's name at the time of the change. */
            leadName?: string | null;
            /** @description Notes recorded with the change. */
            notes?: string | null;
            /** @description The change this one superseded, if any. */
            oldLeadStatusChangeId?: string | null;
            /** @description Outcome the lead moved to. */
            outcome: string;
            /** @description Why the status changed. */
            reason?: string | null;
            /**
             * Format: date-time
             * @description When the change took effect.
             */
            timestamp: string;
            /** @description Kind of status change. */
            type: string;
            /**
             * Format: date-time
             * @description When the record was last corrected.
             */
            updatedAt?: string | null;
        };
        /**
         * @description What kind of actor made a status change.
         * @enum {string|null}
         */
        LeadStatusChangeSource: "User" | "AI" | "Automation" | "System" | "API" | null;
        /** @description The compact view of a lead used by the lead list. */
        LeadTableRow: {
            /**
             * Format: date-time
             * @description When the lead was archived; `null` while active.
             */
            archivedAt?: string | null;
            /** @description Why the lead was archived (a `LeadArchiveReason` code in practice). */
            archiveReason?: unknown;
            /**
             * Format: date-time
             * @description When the lead was created.
             */
            createdAt: string;
            /** @description The lead's current disposition. */
            currentDisposition?: components["schemas"]["CurrentDisposition"];
            /** @description The lead's email address. */
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
            /** @description The lead's phone number. */
            phone?: string | null;
            /** @description Price paid for the lead, as a decimal string. */
            price?: string | null;
            /** @description Display name of the current disposition. */
            status?: string | null;
            /** @description Tags on the lead. */
            tags: components["schemas"]["TagSummary"][];
            /**
             * Format: date-time
             * @description When the lead was last changed.
             */
            updatedAt?: string | null;
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
        LeadTagsRequest: {
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
        /** @description One sort key of a list query. */
        OrderByOption: {
            /**
             * @description Sort direction; ascending when omitted.
             * @enum {string|null}
             */
            direction?: "asc" | "desc" | null;
            /** @description Field to sort by, such as `createdAt` or `lastName`. */
            field: string;
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
         *           "updatedAt": null,
         *           "status": "New",
         *           "enabled": true,
         *           "archivedAt": null,
         *           "archiveReason": null,
         *           "isArchived": false,
         *           "price": "12.50",
         *           "tags": []
         *         }
         *       ],
         *       "pageSize": 25,
         *       "totalCount": 1,
         *       "continuationToken": null
         *     }
         */
        PagedResultOfLeadTableRow: {
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
        /** @description A lead's phone number with what Leadping knows about it. */
        Phone: {
            /** @description The latest lookup result for this number, when one exists. */
            lookup?: components["schemas"]["PhoneLookup"] | null;
            /** @description The phone number, preferably in E.164 form (`+15551234567`). */
            number?: string;
            /** @description Kind of line, such as `mobile` or `landline`. */
            type?: string | null;
        };
        /** @description The stored result of looking up a phone number. */
        PhoneLookup: {
            /**
             * Format: date-time
             * @description When the lookup was performed.
             */
            createdAt?: string;
            /** @description Identifier of the stored lookup result. */
            id?: string;
            /** @description Whether the number is a valid, dialable number. */
            isValid?: boolean;
            /** @description Where the number is registered. */
            location?: components["schemas"]["PhoneNumberLocation"] | null;
            /**
             * Format: date-time
             * @description When the lookup was last refreshed, if ever.
             */
            modifiedAt?: string | null;
            /** @description The number that was looked up, in E.164 form. */
            number?: string | null;
        };
        /** @description A phone number lookup result, as a client may send it back. */
        PhoneLookupRequest: {
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
        PhoneNumberLocation: {
            /** @description Approximate position of the number's location, when known. */
            coordinate?: components["schemas"]["Coordinate"] | null;
            /** @description ISO country code of the number. */
            countryCode?: string | null;
            /** @description Human-readable place name for the number. */
            location?: string | null;
            /** @description State or region the number belongs to. */
            state?: string | null;
            /** @description IANA time zone of the number's location. */
            timeZoneId?: string | null;
        };
        /** @description Where a phone number is registered, as a client may send it. */
        PhoneNumberLocationRequest: {
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
        PhoneRequest: {
            /** @description A previously obtained lookup result for this number. */
            lookup?: components["schemas"]["PhoneLookupRequest"] | null;
            /** @description The phone number, preferably in E.164 form (`+15551234567`). */
            number?: string;
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
        ProblemDetails: {
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
        RangeFilter: {
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
        RequestDataOptions: {
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
        /** @description A postal address. */
        StreetAddress: {
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
        TagRequest: {
            /** @description Display colour, such as `#3b82f6`. */
            color?: string | null;
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
        TagResponse: {
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
        TagSummary: {
            /** @description Display colour, such as `#3b82f6`. */
            color?: string | null;
            /** @description The tag's identifier. */
            id: string;
            /** @description The tag's display name. */
            name: string;
            /** @description Lower-cased, trimmed name used to match tags by name. */
            normalizedName: string;
        };
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
        /** @description The request conflicts with the current state, such as a tag name that is already used; `errors` names the field. */
        Conflict: {
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
            409: components["responses"]["Conflict"];
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
            409: components["responses"]["Conflict"];
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
}
