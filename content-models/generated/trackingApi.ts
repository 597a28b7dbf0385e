// The tracking API's OpenAPI document (GET /openapi.json) as TypeScript types, made by
// openapi-typescript. Do not edit: run `npm run generate:tracking-types` after changing the
// API's schemas; a test fails while this file and the document disagree.
export interface paths {
  '/healthz': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Liveness: the process answers */
    get: operations['checkLiveness']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/readyz': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Readiness: the database answers */
    get: operations['checkReadiness']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/events': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Store a batch of progress events
     * @description A batch of 1–100 events in a JSON body of at most 64 KiB. All or nothing: one event that does not match the schema makes the whole batch a 400 naming that event and field. 202 only after the batch is durably stored. An id already stored is skipped, so retries are harmless. Browsers must send `application/json` (`fetch` with `keepalive`), not `sendBeacon`, whose `text/plain` body is a 415.
     */
    post: operations['storeEvents']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/subjects/{subject}/events': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Export every event stored for a subject
     * @description Everything stored for one subject id, oldest first, with the time the server received each event. Knowing the random id is the key: the citizen’s device keeps it.
     */
    get: operations['exportSubjectEvents']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/subjects/{subject}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /**
     * Erase every event stored for a subject
     * @description Deletes every event of one subject id; the answer is the same when there was nothing.
     */
    delete: operations['eraseSubject']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/stats/flows': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Started and completed per flow
     * @description One row per flow with events received in the period: subjects who started and completed it, and the completion rate.
     */
    get: operations['listFlowStats']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/stats/flows/{flow}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * One flow's funnel: per step and per variant
     * @description For one flow in the period: subjects who started and completed it, the median minutes between, per step who viewed, completed and dropped off, and the same per variant. A flow without events answers with counts of "<5".
     */
    get: operations['getFlowStats']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/stats/flows/{flow}/experiment': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * One flow's experiment: variants compared on an outcome
     * @description Per configured variant: subjects who started the flow in the period and reached the outcome, the rate with a 95 % Wilson interval, and against the first variant the difference (95 % Newcombe hybrid score interval) and the chance to beat it (Bayesian, Beta(1, 1) prior, exact). Variants under `minimum` citizens are not compared. The split is tested against the shares (sample-ratio mismatch at p < 0.001). Counts under 5 are "<5".
     */
    get: operations['getFlowExperiment']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/stats/flows/{flow}/answer-groups': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * One flow's funnel per group of answers
     * @description Subjects grouped by their (last) answers to the named questions, each group with its funnel: started, completed, per step viewed and completed. Grouped inside the API; groups under 5 subjects are merged into one ("other"). Counts under 5 are "<5".
     */
    get: operations['getFlowAnswerGroups']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/stats/flows/{flow}/alternative': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * One flow's alternative flow: offered, taken, completed
     * @description Subjects offered the alternative flow in this flow (fallback_offered), of them who started the alternative flow, and of those who completed it. Counts under 5 are "<5".
     */
    get: operations['getFlowAlternative']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/stats/flows/{flow}/plan-funnels': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * One flow's funnel per plan
     * @description Citizens grouped by the plan their (last) answers lead to, as the body describes the plans; each group with its funnel. Counted inside the API, so a plan's counts are exact; groups under 5 citizens are merged into "other". Counts under 5 are "<5".
     */
    post: operations['getFlowPlanFunnels']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/v1/stats/questions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Questions asked: answered per week, sources opened
     * @description From question_asked events in the period: per ISO week (of receive time) questions asked, answered and the share answered; per source opened from an answer (`collection/slug`), how many times. Counts under 5 are "<5".
     */
    get: operations['getQuestionStats']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
}
export type webhooks = Record<string, never>
export interface components {
  schemas: never
  responses: never
  parameters: never
  requestBodies: never
  headers: never
  pathItems: never
}
export type $defs = Record<string, never>
export interface operations {
  checkLiveness: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The process answers. */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "status": "ok"
           *     }
           */
          'application/json': {
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_request",
           *         "message": "field \"x\" is not a known field.",
           *         "field": "x"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  checkReadiness: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The database answers; the service can take events. */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "status": "ready"
           *     }
           */
          'application/json': {
            /** @enum {string} */
            status: 'ready'
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_request",
           *         "message": "field \"x\" is not a known field.",
           *         "field": "x"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description The database does not answer. */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 503,
           *         "code": "not_ready",
           *         "message": "The database does not answer."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'not_ready'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  storeEvents: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        /**
         * @example {
         *       "events": [
         *         {
         *           "id": "0193a5e2-7c4b-7d1e-9f20-3b8c6a1d4e5f",
         *           "subject": "Ab3xK9_qL2m-Pz7wRt4v",
         *           "type": "flow_started",
         *           "flow": "ny-paa-dagpenge",
         *           "locale": "da",
         *           "municipality": "787",
         *           "at": "2026-12-06T09:30:00.000Z"
         *         },
         *         {
         *           "id": "0193a5e2-8a10-7b2c-8d3e-4f5a6b7c8d9e",
         *           "subject": "Ab3xK9_qL2m-Pz7wRt4v",
         *           "type": "question_answered",
         *           "flow": "ny-paa-dagpenge",
         *           "answer": {
         *             "question": "har-cv",
         *             "value": "ja"
         *           },
         *           "locale": "da",
         *           "at": "2026-12-06T09:30:04.120Z"
         *         },
         *         {
         *           "id": "0193a5e2-9b21-7c3d-9e4f-5a6b7c8d9e0f",
         *           "subject": "Ab3xK9_qL2m-Pz7wRt4v",
         *           "type": "step_viewed",
         *           "flow": "ny-paa-dagpenge",
         *           "step": "upload-cv",
         *           "variant": "kort",
         *           "locale": "da",
         *           "at": "2026-12-06T10:30:09.001+01:00"
         *         }
         *       ]
         *     }
         */
        'application/json': {
          events: ({
            /** @description Made by the browser, lower case; the site makes time-ordered ones (version 7), which the store indexes cheapest. The same id twice is stored once. */
            id: string
            /** @description The anonymous id a device makes for itself; only the device knows it. */
            subject: string
            /** @enum {string} */
            type:
              | 'flow_started'
              | 'question_answered'
              | 'step_viewed'
              | 'step_completed'
              | 'checklist_item_checked'
              | 'checklist_item_unchecked'
              | 'video_progress'
              | 'flow_completed'
              | 'fallback_offered'
              | 'contact_requested'
              | 'feedback'
              | 'question_asked'
            flow?: string
            step?: string
            /** @description collection/slug of the content the event is about. */
            content?: string
            variant?: string
            /** @description video_progress: 25, 50, 75 or 100; feedback: 1–5; question_asked: 1 answered, 0 not. */
            value?: number
            answer?: {
              question: string
              /** @description The option value(s) chosen: keys defined in the flow, never free text. */
              value: string | string[]
            }
            /** @enum {string} */
            locale?: 'da' | 'en'
            /** @description The municipality the citizen chose, when they chose one: one of Denmark's 98 official codes (Danmarks Statistik), e.g. 787 (Thisted); three digits that are not one are a 400 as well. Statistics can be read per municipality. */
            municipality?: string
            /** @description The device's clock (RFC 3339 date-time with Z or an offset). */
            at: string
          } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown))[]
        }
      }
    }
    responses: {
      /** @description Stored (events already stored are skipped). */
      202: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "accepted": 3
           *     }
           */
          'application/json': {
            /** @description Events in the batch. */
            accepted: number
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_event",
           *         "message": "event 1, field \"step\" must have required property 'step'.",
           *         "event": 1,
           *         "field": "step"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Body over 64 KiB. */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 413,
           *         "code": "body_too_large",
           *         "message": "The body is larger than 64 KiB."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'body_too_large'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description A body that is not application/json. */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 415,
           *         "code": "unsupported_media_type",
           *         "message": "Send the batch as application/json."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unsupported_media_type'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  exportSubjectEvents: {
    parameters: {
      query?: never
      header?: never
      path: {
        /** @description The anonymous id a device makes for itself; only the device knows it. */
        subject: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The stored events (an empty list when there are none). */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "subject": "Ab3xK9_qL2m-Pz7wRt4v",
           *       "events": [
           *         {
           *           "id": "0193a5e2-7c4b-7d1e-9f20-3b8c6a1d4e5f",
           *           "subject": "Ab3xK9_qL2m-Pz7wRt4v",
           *           "type": "flow_started",
           *           "flow": "ny-paa-dagpenge",
           *           "locale": "da",
           *           "at": "2026-12-06T09:30:00.000Z",
           *           "receivedAt": "2026-12-06T09:30:00.412Z"
           *         },
           *         {
           *           "id": "0193a5e2-9b21-7c3d-9e4f-5a6b7c8d9e0f",
           *           "subject": "Ab3xK9_qL2m-Pz7wRt4v",
           *           "type": "video_progress",
           *           "content": "videos/saadan-bruger-du-jobloggen",
           *           "value": 50,
           *           "locale": "da",
           *           "at": "2026-12-06T09:41:17.250Z",
           *           "receivedAt": "2026-12-06T09:41:17.630Z"
           *         }
           *       ]
           *     }
           */
          'application/json': {
            /** @description The anonymous id a device makes for itself; only the device knows it. */
            subject: string
            events: {
              /** @description Made by the browser, lower case; the site makes time-ordered ones (version 7), which the store indexes cheapest. The same id twice is stored once. */
              id: string
              /** @description The anonymous id a device makes for itself; only the device knows it. */
              subject: string
              /** @enum {string} */
              type:
                | 'flow_started'
                | 'question_answered'
                | 'step_viewed'
                | 'step_completed'
                | 'checklist_item_checked'
                | 'checklist_item_unchecked'
                | 'video_progress'
                | 'flow_completed'
                | 'fallback_offered'
                | 'contact_requested'
                | 'feedback'
                | 'question_asked'
              flow?: string
              step?: string
              /** @description collection/slug of the content the event is about. */
              content?: string
              variant?: string
              /** @description video_progress: 25, 50, 75 or 100; feedback: 1–5; question_asked: 1 answered, 0 not. */
              value?: number
              answer?: {
                question: string
                /** @description The option value(s) chosen: keys defined in the flow, never free text. */
                value: string | string[]
              }
              /** @enum {string} */
              locale?: 'da' | 'en'
              /** @description The municipality the citizen chose, when they chose one: one of Denmark's 98 official codes (Danmarks Statistik), e.g. 787 (Thisted); three digits that are not one are a 400 as well. Statistics can be read per municipality. */
              municipality?: string
              /** @description The device's clock (RFC 3339 date-time with Z or an offset). */
              at: string
              /** Format: date-time */
              receivedAt: string
            }[]
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_request",
           *         "message": "field \"subject\" must match pattern \"^[A-Za-z0-9_-]{16,64}$\".",
           *         "field": "subject"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  eraseSubject: {
    parameters: {
      query?: never
      header?: never
      path: {
        /** @description The anonymous id a device makes for itself; only the device knows it. */
        subject: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Erased (or there was nothing). */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_request",
           *         "message": "field \"subject\" must match pattern \"^[A-Za-z0-9_-]{16,64}$\".",
           *         "field": "subject"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Body over 64 KiB. */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 413,
           *         "code": "body_too_large",
           *         "message": "The body is larger than 64 KiB."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'body_too_large'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description A body that is not application/json. */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 415,
           *         "code": "unsupported_media_type",
           *         "message": "Send the batch as application/json."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unsupported_media_type'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  listFlowStats: {
    parameters: {
      query?: {
        /** @description ISO date or date-time (receive time). */
        from?: string
        /** @description ISO date (inclusive) or date-time (exclusive). */
        to?: string
        /** @description Count only events that carry this municipality code (one of the 98 official codes); left out, the national totals. Counts under 5 are "<5" here too. */
        municipality?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description One row per flow with events in the period. */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "from": "2026-11-01T00:00:00.000Z",
           *       "to": "2026-12-01T00:00:00.000Z",
           *       "flows": [
           *         {
           *           "flow": "ny-paa-dagpenge",
           *           "started": 412,
           *           "completed": 287,
           *           "completionRate": 0.697
           *         },
           *         {
           *           "flow": "find-job",
           *           "started": "<5",
           *           "completed": "<5",
           *           "completionRate": null
           *         }
           *       ]
           *     }
           */
          'application/json': {
            /** Format: date-time */
            from: string | null
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string | null
            /** @description The municipality asked for; absent in national totals. */
            municipality?: string
            flows: {
              flow: string
              /** @description Subjects; any number under 5 is "<5". */
              started: number | '<5'
              /** @description Subjects; any number under 5 is "<5". */
              completed: number | '<5'
              /** @description completed / started; null when either is "<5". */
              completionRate: number | null
            }[]
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_period",
           *         "message": "from and to must be ISO dates or date-times, with from before to.",
           *         "field": "from"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Missing or wrong bearer token (or no token is configured on the server). */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 401,
           *         "code": "unauthorized",
           *         "message": "A valid bearer token is needed for statistics."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unauthorized'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  getFlowStats: {
    parameters: {
      query?: {
        /** @description ISO date or date-time (receive time). */
        from?: string
        /** @description ISO date (inclusive) or date-time (exclusive). */
        to?: string
        /** @description Count only events that carry this municipality code (one of the 98 official codes); left out, the national totals. Counts under 5 are "<5" here too. */
        municipality?: string
      }
      header?: never
      path: {
        flow: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The flow's funnel in the period. */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "flow": "ny-paa-dagpenge",
           *       "from": "2026-11-01T00:00:00.000Z",
           *       "to": null,
           *       "started": 412,
           *       "completed": 287,
           *       "completionRate": 0.697,
           *       "medianMinutes": 14.5,
           *       "steps": [
           *         {
           *           "step": "upload-cv",
           *           "viewed": 398,
           *           "completed": 301,
           *           "droppedOff": 61
           *         },
           *         {
           *           "step": "book-samtale",
           *           "viewed": 7,
           *           "completed": "<5",
           *           "droppedOff": "<5"
           *         }
           *       ],
           *       "variants": [
           *         {
           *           "variant": null,
           *           "started": 201,
           *           "completed": 139,
           *           "completionRate": 0.692,
           *           "medianMinutes": 15
           *         },
           *         {
           *           "variant": "kort",
           *           "started": 211,
           *           "completed": 148,
           *           "completionRate": 0.701,
           *           "medianMinutes": 13.5
           *         }
           *       ]
           *     }
           */
          'application/json': {
            flow: string
            /** Format: date-time */
            from: string | null
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string | null
            /** @description The municipality asked for; absent in national totals. */
            municipality?: string
            /** @description Subjects; any number under 5 is "<5". */
            started: number | '<5'
            /** @description Subjects; any number under 5 is "<5". */
            completed: number | '<5'
            /** @description completed / started; null when either is "<5". */
            completionRate: number | null
            /** @description Median minutes from flow_started to flow_completed; null under 5 subjects. */
            medianMinutes: number | null
            steps: {
              step: string
              /** @description Subjects; any number under 5 is "<5". */
              viewed: number | '<5'
              /** @description Subjects; any number under 5 is "<5". */
              completed: number | '<5'
              /** @description Viewed the step, never completed it and did not complete the flow. */
              droppedOff: number | '<5'
            }[]
            variants: {
              variant: string | null
              /** @description Subjects; any number under 5 is "<5". */
              started: number | '<5'
              /** @description Subjects; any number under 5 is "<5". */
              completed: number | '<5'
              /** @description completed / started; null when either is "<5". */
              completionRate: number | null
              /** @description Median minutes from flow_started to flow_completed; null under 5 subjects. */
              medianMinutes: number | null
            }[]
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_period",
           *         "message": "from and to must be ISO dates or date-times, with from before to.",
           *         "field": "from"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Missing or wrong bearer token (or no token is configured on the server). */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 401,
           *         "code": "unauthorized",
           *         "message": "A valid bearer token is needed for statistics."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unauthorized'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  getFlowExperiment: {
    parameters: {
      query: {
        /** @description ISO date or date-time (receive time). */
        from?: string
        /** @description ISO date (inclusive) or date-time (exclusive). */
        to?: string
        /** @description Count only events that carry this municipality code (one of the 98 official codes); left out, the national totals. Counts under 5 are "<5" here too. */
        municipality?: string
        /**
         * @description The configured variants in order, each `key:share` (percent), comma-separated; the first is the one the others are compared with.
         * @example kort:50,lang:50
         */
        variants: string
        /** @description What counts: the flow completed; the step `step` completed; the checklist `checklist` with at least `items` items ticked; a contact link followed; the alternative flow `alternative` started. */
        outcome?:
          | 'flow_completed'
          | 'step_completed'
          | 'checklist_done'
          | 'contact_requested'
          | 'alternative_taken'
        /** @description With step_completed. */
        step?: string
        /** @description With checklist_done: `checklists/<slug>`. */
        checklist?: string
        /** @description With checklist_done: how many items make it done (1–999). */
        items?: string
        /** @description With alternative_taken: the alternative flow's slug. */
        alternative?: string
        /** @description Citizens each variant needs before it is compared (10–999999; 100). */
        minimum?: string
      }
      header?: never
      path: {
        flow: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The experiment's read-out in the period (the experiment period: `from` is its start). */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "flow": "ny-paa-dagpenge",
           *       "from": "2026-11-01T00:00:00.000Z",
           *       "to": null,
           *       "outcome": "flow_completed",
           *       "minimumSample": 100,
           *       "sampleRatio": {
           *         "pValue": 0.41,
           *         "mismatch": false
           *       },
           *       "unconfiguredStarted": "<5",
           *       "variants": [
           *         {
           *           "variant": "lang",
           *           "share": 50,
           *           "started": 412,
           *           "reached": 287,
           *           "rate": {
           *             "rate": 0.6966,
           *             "low": 0.6505,
           *             "high": 0.739
           *           },
           *           "needed": 0,
           *           "comparison": null
           *         },
           *         {
           *           "variant": "kort",
           *           "share": 50,
           *           "started": 398,
           *           "reached": 301,
           *           "rate": {
           *             "rate": 0.7563,
           *             "low": 0.7118,
           *             "high": 0.7959
           *           },
           *           "needed": 0,
           *           "comparison": {
           *             "verdict": "unclear",
           *             "difference": {
           *               "estimate": 0.0597,
           *               "low": -0.0025,
           *               "high": 0.121
           *             },
           *             "chanceToBeatFirst": 0.97
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': {
            flow: string
            /** Format: date-time */
            from: string | null
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string | null
            /** @description The municipality asked for; absent in national totals. */
            municipality?: string
            /** @enum {string} */
            outcome:
              | 'flow_completed'
              | 'step_completed'
              | 'checklist_done'
              | 'contact_requested'
              | 'alternative_taken'
            minimumSample: number
            /** @description Pearson's chi-square test of the started counts against the shares; mismatch when p < 0.001 (the split is broken). */
            sampleRatio: {
              pValue: number
              mismatch: boolean
            }
            /** @description Started with a variant not in `variants` (or none). */
            unconfiguredStarted: number | '<5'
            variants: {
              variant: string
              /** @description The configured share, as given. */
              share: number
              /** @description Subjects; any number under 5 is "<5". */
              started: number | '<5'
              /** @description Of those started, subjects who reached the outcome. */
              reached: number | '<5'
              /** @description reached / started with its 95 % Wilson interval; null when a count is "<5". */
              rate: {
                rate: number
                low: number
                high: number
              } | null
              /** @description More citizens this variant needs before it is compared (the whole minimum while started is "<5"). */
              needed: number
              /** @description Against the first variant; null for the first. */
              comparison: {
                /**
                 * @description better: chance to beat the first ≥ 0.95; worse: ≤ 0.05; too_few: a variant is under the minimum or reached "<5".
                 * @enum {string}
                 */
                verdict: 'too_few' | 'better' | 'worse' | 'unclear'
                /** @description This rate minus the first's (`estimate`), with the 95 % Newcombe hybrid score interval; null when too_few. */
                difference: {
                  estimate: number
                  low: number
                  high: number
                } | null
                /** @description P(this rate > the first rate), each rate Beta(1 + reached, 1 + started − reached) (prior Beta(1, 1)), computed exactly; null when too_few. */
                chanceToBeatFirst: number | null
              } | null
            }[]
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_request",
           *         "message": "outcome step_completed needs step.",
           *         "field": "step"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Missing or wrong bearer token (or no token is configured on the server). */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 401,
           *         "code": "unauthorized",
           *         "message": "A valid bearer token is needed for statistics."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unauthorized'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  getFlowAnswerGroups: {
    parameters: {
      query?: {
        /** @description ISO date or date-time (receive time). */
        from?: string
        /** @description ISO date (inclusive) or date-time (exclusive). */
        to?: string
        /** @description Count only events that carry this municipality code (one of the 98 official codes); left out, the national totals. Counts under 5 are "<5" here too. */
        municipality?: string
        /** @description The questions whose answers form the groups, comma-separated (the ones that decide the plan); every question answered in the flow when left out. */
        questions?: string
      }
      header?: never
      path: {
        flow: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Per group of subjects with the same answers: the funnel of the flow. Groups under 5 subjects are merged into one with `answers: null` ("other"). */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "flow": "ny-paa-dagpenge",
           *       "from": "2026-11-01T00:00:00.000Z",
           *       "to": null,
           *       "questions": [
           *         "a-kasse"
           *       ],
           *       "groups": [
           *         {
           *           "answers": [
           *             {
           *               "question": "a-kasse",
           *               "value": "ja"
           *             }
           *           ],
           *           "subjects": 212,
           *           "started": 208,
           *           "completed": 150,
           *           "steps": [
           *             {
           *               "step": "upload-cv",
           *               "viewed": 190,
           *               "completed": 170
           *             }
           *           ]
           *         },
           *         {
           *           "answers": null,
           *           "subjects": 7,
           *           "started": 7,
           *           "completed": "<5",
           *           "steps": [
           *             {
           *               "step": "upload-cv",
           *               "viewed": 6,
           *               "completed": "<5"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': {
            flow: string
            /** Format: date-time */
            from: string | null
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string | null
            /** @description The municipality asked for; absent in national totals. */
            municipality?: string
            questions: string[]
            groups: {
              /** @description Per question the option keys given, joined by "+" ("" for unanswered); null for the merged small groups. */
              answers:
                | {
                    question: string
                    value: string
                  }[]
                | null
              /** @description Subjects; any number under 5 is "<5". */
              subjects: number | '<5'
              /** @description Subjects; any number under 5 is "<5". */
              started: number | '<5'
              /** @description Subjects; any number under 5 is "<5". */
              completed: number | '<5'
              steps: {
                step: string
                /** @description Viewed or completed the step. */
                viewed: number | '<5'
                /** @description Subjects; any number under 5 is "<5". */
                completed: number | '<5'
              }[]
            }[]
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_period",
           *         "message": "from and to must be ISO dates or date-times, with from before to.",
           *         "field": "from"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Missing or wrong bearer token (or no token is configured on the server). */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 401,
           *         "code": "unauthorized",
           *         "message": "A valid bearer token is needed for statistics."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unauthorized'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  getFlowAlternative: {
    parameters: {
      query: {
        /** @description ISO date or date-time (receive time). */
        from?: string
        /** @description ISO date (inclusive) or date-time (exclusive). */
        to?: string
        /** @description Count only events that carry this municipality code (one of the 98 official codes); left out, the national totals. Counts under 5 are "<5" here too. */
        municipality?: string
        /** @description The alternative flow's slug (the flow's fallback). */
        alternative: string
      }
      header?: never
      path: {
        flow: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Subjects offered the alternative flow in the flow, who started it, and who completed it. */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "flow": "ny-paa-dagpenge",
           *       "alternative": "sygedagpenge",
           *       "from": null,
           *       "to": null,
           *       "offered": 84,
           *       "taken": 31,
           *       "completed": 12
           *     }
           */
          'application/json': {
            flow: string
            alternative: string
            /** Format: date-time */
            from: string | null
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string | null
            /** @description The municipality asked for; absent in national totals. */
            municipality?: string
            /** @description Subjects; any number under 5 is "<5". */
            offered: number | '<5'
            /** @description Of those offered, subjects who started the alternative flow. */
            taken: number | '<5'
            /** @description Of those, subjects who completed it. */
            completed: number | '<5'
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_period",
           *         "message": "from and to must be ISO dates or date-times, with from before to.",
           *         "field": "from"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Missing or wrong bearer token (or no token is configured on the server). */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 401,
           *         "code": "unauthorized",
           *         "message": "A valid bearer token is needed for statistics."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unauthorized'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  getFlowPlanFunnels: {
    parameters: {
      query?: {
        /** @description ISO date or date-time (receive time). */
        from?: string
        /** @description ISO date (inclusive) or date-time (exclusive). */
        to?: string
        /** @description Count only events that carry this municipality code (one of the 98 official codes); left out, the national totals. Counts under 5 are "<5" here too. */
        municipality?: string
      }
      header?: never
      path: {
        flow: string
      }
      cookie?: never
    }
    /** @description The plans to count: the questions whose answers decide the plan, and per plan its id, its steps in order and every combination of answers that leads to it. */
    requestBody: {
      content: {
        /**
         * @example {
         *       "questions": [
         *         "a-kasse",
         *         "behov"
         *       ],
         *       "plans": [
         *         {
         *           "id": "1",
         *           "steps": [
         *             "cv",
         *             "samtale"
         *           ],
         *           "answers": [
         *             [
         *               "ja",
         *               ""
         *             ],
         *             [
         *               "ja",
         *               "cv+sprog"
         *             ]
         *           ]
         *         },
         *         {
         *           "id": "2",
         *           "steps": [
         *             "sprog"
         *           ],
         *           "answers": [
         *             [
         *               "nej",
         *               "sprog"
         *             ]
         *           ]
         *         }
         *       ]
         *     }
         */
        'application/json': {
          /** @description Question keys; each answer row gives one value per question, in this order. */
          questions: string[]
          plans: {
            /** @description The client's name for the plan, given back in the answer. */
            id: string
            /** @description The plan's step keys in order; its funnel lists them first. */
            steps: string[]
            /** @description The answer combinations that lead to the plan: per question (in `questions` order) the option keys chosen, sorted and joined by "+"; "" for unanswered (a multi-choice question: none chosen). */
            answers: string[][]
          }[]
        }
      }
    }
    responses: {
      /** @description Per plan the funnel of its citizens, counted once each: started, completed, per step viewed and completed (the plan's steps first, in its order). Citizens whose answers no plan lists form the group "none"; groups under 5 citizens are merged into "other". */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "flow": "ny-paa-dagpenge",
           *       "from": "2026-11-01T00:00:00.000Z",
           *       "to": null,
           *       "questions": [
           *         "a-kasse",
           *         "behov"
           *       ],
           *       "groups": [
           *         {
           *           "kind": "plan",
           *           "plan": "1",
           *           "subjects": 212,
           *           "started": 208,
           *           "completed": 150,
           *           "steps": [
           *             {
           *               "step": "cv",
           *               "viewed": 190,
           *               "completed": 170
           *             },
           *             {
           *               "step": "samtale",
           *               "viewed": 160,
           *               "completed": 151
           *             }
           *           ]
           *         },
           *         {
           *           "kind": "other",
           *           "plan": null,
           *           "subjects": 9,
           *           "started": 8,
           *           "completed": "<5",
           *           "steps": [
           *             {
           *               "step": "sprog",
           *               "viewed": 6,
           *               "completed": "<5"
           *             },
           *             {
           *               "step": "cv",
           *               "viewed": "<5",
           *               "completed": "<5"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': {
            flow: string
            /** Format: date-time */
            from: string | null
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string | null
            /** @description The municipality asked for; absent in national totals. */
            municipality?: string
            questions: string[]
            groups: {
              /**
               * @description "plan": one plan of the body; "none": answers no plan lists; "other": the groups under 5 citizens merged.
               * @enum {string}
               */
              kind: 'plan' | 'none' | 'other'
              /** @description The plan's id for "plan", else null. */
              plan: string | null
              /** @description Subjects; any number under 5 is "<5". */
              subjects: number | '<5'
              /** @description Subjects; any number under 5 is "<5". */
              started: number | '<5'
              /** @description Subjects; any number under 5 is "<5". */
              completed: number | '<5'
              steps: {
                step: string
                /** @description Viewed or completed the step. */
                viewed: number | '<5'
                /** @description Subjects; any number under 5 is "<5". */
                completed: number | '<5'
              }[]
            }[]
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_request",
           *         "message": "field \"plans.0.answers.1\" must have one value per question (2).",
           *         "field": "plans.0.answers.1"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Missing or wrong bearer token (or no token is configured on the server). */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 401,
           *         "code": "unauthorized",
           *         "message": "A valid bearer token is needed for statistics."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unauthorized'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Body over 64 KiB. */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 413,
           *         "code": "body_too_large",
           *         "message": "The body is larger than 64 KiB."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'body_too_large'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description A body that is not application/json. */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 415,
           *         "code": "unsupported_media_type",
           *         "message": "Send the batch as application/json."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unsupported_media_type'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
  getQuestionStats: {
    parameters: {
      query?: {
        /** @description ISO date or date-time (receive time). */
        from?: string
        /** @description ISO date (inclusive) or date-time (exclusive). */
        to?: string
        /** @description Count only events that carry this municipality code (one of the 98 official codes); left out, the national totals. Counts under 5 are "<5" here too. */
        municipality?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Questions asked on the site ("Spørg") in the period, from question_asked events: per ISO week asked, answered and the share answered; per source opened from an answer, how many times. The question itself is never sent. */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "from": "2026-11-01T00:00:00.000Z",
           *       "to": "2026-12-01T00:00:00.000Z",
           *       "weeks": [
           *         {
           *           "week": "2026-W48",
           *           "monday": "2026-11-23",
           *           "asked": 96,
           *           "answered": 71,
           *           "answeredShare": 0.74
           *         },
           *         {
           *           "week": "2026-W49",
           *           "monday": "2026-11-30",
           *           "asked": 6,
           *           "answered": "<5",
           *           "answeredShare": null
           *         }
           *       ],
           *       "sources": [
           *         {
           *           "source": "faqs/ferie-som-ledig",
           *           "type": "faqs",
           *           "slug": "ferie-som-ledig",
           *           "opened": 23
           *         },
           *         {
           *           "source": "lessons/dagpengekort",
           *           "type": "lessons",
           *           "slug": "dagpengekort",
           *           "opened": "<5"
           *         }
           *       ]
           *     }
           */
          'application/json': {
            /** Format: date-time */
            from: string | null
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string | null
            /** @description The municipality asked for; absent in national totals. */
            municipality?: string
            /** @description Weeks (of receive time) with questions, oldest first. */
            weeks: {
              /** @description ISO 8601 week. */
              week: string
              /**
               * Format: date
               * @description The week's Monday (UTC).
               */
              monday: string
              /** @description Events; any number under 5 is "<5". */
              asked: number | '<5'
              /** @description Events; any number under 5 is "<5". */
              answered: number | '<5'
              /** @description answered / asked; null when either is "<5". */
              answeredShare: number | null
            }[]
            /** @description Sources opened from an answer, most opened first. */
            sources: {
              /** @description `collection/slug`, as the event carries it. */
              source: string
              /** @description The collection. */
              type: string
              slug: string
              /** @description Events; any number under 5 is "<5". */
              opened: number | '<5'
            }[]
          }
        }
      }
      /** @description Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault. */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 400,
           *         "code": "invalid_period",
           *         "message": "from and to must be ISO dates or date-times, with from before to.",
           *         "field": "from"
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'invalid_event' | 'invalid_request' | 'invalid_json' | 'invalid_period'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Missing or wrong bearer token (or no token is configured on the server). */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 401,
           *         "code": "unauthorized",
           *         "message": "A valid bearer token is needed for statistics."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'unauthorized'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Too many requests from this client in this minute; Retry-After says when to try again. */
      429: {
        headers: {
          /** @description Seconds until this client may send again. */
          'retry-after'?: string
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 429,
           *         "code": "rate_limited",
           *         "message": "Too many requests; try again later."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'rate_limited'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
      /** @description Failure on our side; nothing was changed. */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          /**
           * @example {
           *       "error": {
           *         "status": 500,
           *         "code": "internal_error",
           *         "message": "Something went wrong on our side; the batch was not stored."
           *       }
           *     }
           */
          'application/json': {
            error: {
              /** @description The HTTP status again. */
              status: number
              /**
               * @description Stable; the message may change.
               * @enum {string}
               */
              code: 'internal_error'
              /** @description For people, in English. */
              message: string
              /** @description Index of the first bad event in the batch. */
              event?: number
              /** @description Dotted path of the bad field. */
              field?: string
            }
          }
        }
      }
    }
  }
}
