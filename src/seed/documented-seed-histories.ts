// Written by scripts/write-default-seed.ts (npm run seed:default); do not edit by hand.
import type { StoredHistory } from './stored-history.js'

/** The functions generated for seed 1, in order (a test compares them with faker's). */
export const DOCUMENTED_SEED_HISTORIES: readonly StoredHistory[] = [
  {
    tenant: 'second',
    name: '0-carnival-fiddle-starboard',
    createdAt: '2024-06-03T20:11:13.430Z',
    fields: {
      kind: 'yrlib',
      description: 'Decipio demum ex.',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java17',
      cpu: 500,
      memory: 128,
      timeout: 600,
      maxInstance: 10,
      tags: {
        team: 'archaeology',
      },
    },
    events: [
      {
        type: 'publish',
        at: '2024-06-08T19:37:13.430Z',
        versionNumber: '1.0.0',
        versionDesc: 'release 1',
      },
      {
        type: 'update',
        at: '2024-06-11T07:27:13.430Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-06-11T08:24:13.430Z',
        versionNumber: '1.1.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-06-15T17:23:13.430Z',
        changes: {
          cpu: 600,
        },
      },
      {
        type: 'publish',
        at: '2024-06-15T19:21:13.430Z',
        versionNumber: '1.2.0',
        versionDesc: 'release 3',
      },
      {
        type: 'publish',
        at: '2024-06-17T07:03:13.430Z',
        versionNumber: '1.3.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-06-22T11:58:13.430Z',
        changes: {
          cpu: 600,
        },
      },
      {
        type: 'publish',
        at: '2024-06-22T12:34:13.430Z',
        versionNumber: '1.4.0',
        versionDesc: 'release 5',
      },
      {
        type: 'publish',
        at: '2024-06-28T09:46:13.430Z',
        versionNumber: '1.5.0',
        versionDesc: 'release 6',
      },
      {
        type: 'publish',
        at: '2024-07-05T01:42:13.430Z',
        versionNumber: '1.6.0',
        versionDesc: 'release 7',
      },
      {
        type: 'publish',
        at: '2024-07-08T23:21:13.430Z',
        versionNumber: '1.7.0',
        versionDesc: 'release 8',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'stiffen-pile',
    createdAt: '2025-09-06T21:49:17.298Z',
    fields: {
      handler: 'handler.my_handler',
      runtime: 'python3.9',
      cpu: 600,
      memory: 1024,
      timeout: 600,
      maxInstance: 10,
      concurrentNum: 10,
      tags: {
        team: 'fundraising',
      },
    },
    events: [
      {
        type: 'update',
        at: '2025-09-07T06:04:17.298Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-09-07T07:53:17.298Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2025-09-11T03:38:17.298Z',
        versionNumber: '1.1.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2025-09-18T03:02:17.298Z',
        changes: {
          cpu: 700,
        },
      },
      {
        type: 'publish',
        at: '2025-09-18T04:42:17.298Z',
        versionNumber: '1.2.0',
        versionDesc: 'release 3',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'depend-molasses',
    createdAt: '2026-03-07T18:51:13.272Z',
    fields: {
      description: 'Templum ante curo annus.',
      handler: 'handler.my_handler',
      runtime: 'python3.6',
      cpu: 2000,
      memory: 2048,
      timeout: 60,
      maxInstance: 50,
      concurrentNum: 10,
    },
    events: [
      {
        type: 'update',
        at: '2026-03-10T21:27:13.272Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2026-03-10T22:57:13.272Z',
        versionNumber: '1',
        versionDesc: 'release 1',
      },
      {
        type: 'update',
        at: '2026-03-17T02:36:13.272Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2026-03-17T03:01:13.272Z',
        versionNumber: '2',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-cutover-dial-vol',
    createdAt: '2024-04-17T13:06:29.718Z',
    fields: {
      kind: 'yrlib',
      description: 'Ago demergo conitor sufficio ventosus bonus cultura addo.',
      handler: 'main.Handler',
      runtime: 'go1.13',
      cpu: 300,
      memory: 1024,
      timeout: 60,
      maxInstance: 10,
      concurrentNum: 10,
    },
    events: [
      {
        type: 'update',
        at: '2024-04-17T23:22:29.718Z',
        changes: {
          cpu: 400,
        },
      },
      {
        type: 'publish',
        at: '2024-04-18T00:38:29.718Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2024-04-18T14:28:29.718Z',
        versionNumber: '1.1.0',
        versionDesc: 'release 2',
      },
      {
        type: 'update',
        at: '2024-04-24T00:02:29.718Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-04-24T01:25:29.718Z',
        versionNumber: '1.2.0',
        versionDesc: 'release 3',
      },
      {
        type: 'publish',
        at: '2024-05-01T00:53:29.718Z',
        versionNumber: '1.3.0',
        versionDesc: 'release 4',
      },
      {
        type: 'publish',
        at: '2024-05-04T13:45:29.718Z',
        versionNumber: '1.4.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'propound-steak',
    createdAt: '2025-02-06T15:09:08.661Z',
    fields: {
      description: 'Arcus thermae auctus volutabrum admoneo concedo textilis.',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java1.8',
      cpu: 600,
      memory: 2048,
      timeout: 30,
      concurrentNum: 10,
      environment: {
        LOG_LEVEL: 'info',
      },
      tags: {
        team: 'laughter',
      },
    },
    events: [
      {
        type: 'publish',
        at: '2025-02-09T04:34:08.661Z',
        versionNumber: '1',
        versionDesc: 'release 1',
      },
      {
        type: 'update',
        at: '2025-02-09T05:47:08.661Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-02-09T07:35:08.661Z',
        versionNumber: '2',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2025-02-15T15:31:08.661Z',
        changes: {
          cpu: 700,
        },
      },
      {
        type: 'publish',
        at: '2025-02-15T16:09:08.661Z',
        versionNumber: '3',
        versionDesc: 'release 3',
      },
      {
        type: 'publish',
        at: '2025-02-22T02:59:08.661Z',
        versionNumber: '4',
        versionDesc: 'release 4',
      },
      {
        type: 'update',
        at: '2025-02-24T09:21:08.661Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-02-24T10:32:08.661Z',
        versionNumber: '5',
        versionDesc: 'release 5',
      },
      {
        type: 'publish',
        at: '2025-02-24T20:34:08.661Z',
        versionNumber: '6',
        versionDesc: 'release 6',
      },
      {
        type: 'update',
        at: '2025-02-26T10:54:08.661Z',
        changes: {
          cpu: 700,
        },
      },
      {
        type: 'publish',
        at: '2025-02-26T12:42:08.661Z',
        versionNumber: '7',
        versionDesc: 'release 7',
      },
      {
        type: 'update',
        at: '2025-03-03T01:01:08.661Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-03-03T02:45:08.661Z',
        versionNumber: '8',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'second',
    name: 'team-kick',
    createdAt: '2026-03-23T07:53:55.702Z',
    fields: {
      kind: 'yrlib',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java17',
      cpu: 4000,
      memory: 256,
      timeout: 60,
      maxInstance: 10,
      tags: {
        team: 'video',
      },
    },
    events: [
      {
        type: 'update',
        at: '2026-03-24T23:37:55.702Z',
        changes: {
          cpu: 4100,
        },
      },
      {
        type: 'publish',
        at: '2026-03-25T01:13:55.702Z',
        versionNumber: '1',
        versionDesc: 'release 1',
      },
      {
        type: 'publish',
        at: '2026-03-28T11:51:55.702Z',
        versionNumber: '2',
        versionDesc: 'release 2',
      },
      {
        type: 'update',
        at: '2026-04-03T09:33:55.702Z',
        changes: {
          cpu: 4100,
        },
      },
      {
        type: 'publish',
        at: '2026-04-03T11:12:55.702Z',
        versionNumber: '3',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0@defendant@graduate-technologist',
    createdAt: '2025-09-17T03:05:56.172Z',
    fields: {
      kind: 'faas',
      handler: 'handler.my_handler',
      runtime: 'python3.9',
      cpu: 2000,
      memory: 4096,
      timeout: 600,
      concurrentNum: 10,
      environment: {
        LOG_LEVEL: 'info',
      },
      tags: {
        team: 'sundae',
      },
    },
    events: [
      {
        type: 'update',
        at: '2025-09-23T17:16:56.172Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-09-23T17:52:56.172Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2025-09-26T07:03:56.172Z',
        changes: {
          cpu: 2100,
        },
      },
      {
        type: 'publish',
        at: '2025-09-26T08:39:56.172Z',
        versionNumber: '1.1.0',
        versionDesc: 'release 2',
      },
      {
        type: 'update',
        at: '2025-09-30T02:49:56.172Z',
        changes: {
          cpu: 2100,
        },
      },
      {
        type: 'publish',
        at: '2025-09-30T04:27:56.172Z',
        versionNumber: '1.2.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2025-10-05T03:48:56.172Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-10-05T05:14:56.172Z',
        versionNumber: '1.3.0',
        versionDesc: 'release 4',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-promise-mutate-concentration',
    createdAt: '2025-05-13T17:08:21.187Z',
    fields: {
      kind: 'yrlib',
      description: 'Una tametsi cotidie placeat asporto abundans.',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java1.8',
      cpu: 600,
      memory: 256,
      timeout: 900,
      maxInstance: 50,
      concurrentNum: 1,
    },
    events: [
      {
        type: 'publish',
        at: '2025-05-14T20:09:21.187Z',
        versionNumber: '1',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2025-05-19T07:07:21.187Z',
        versionNumber: '2',
        versionDesc: 'release 2',
      },
      {
        type: 'publish',
        at: '2025-05-23T01:43:21.187Z',
        versionNumber: '3',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2025-05-24T22:51:21.187Z',
        changes: {
          cpu: 700,
        },
      },
      {
        type: 'publish',
        at: '2025-05-24T23:47:21.187Z',
        versionNumber: '4',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2025-05-27T01:01:21.187Z',
        changes: {
          cpu: 700,
        },
      },
      {
        type: 'publish',
        at: '2025-05-27T02:33:21.187Z',
        versionNumber: '5',
        versionDesc: 'release 5',
      },
      {
        type: 'publish',
        at: '2025-06-03T02:22:21.187Z',
        versionNumber: '6',
        versionDesc: 'release 6',
      },
      {
        type: 'publish',
        at: '2025-06-05T12:59:21.187Z',
        versionNumber: '7',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-goat-muddy-travel',
    createdAt: '2025-03-28T16:52:12.623Z',
    fields: {
      kind: 'yrlib',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java17',
      cpu: 300,
      memory: 512,
      timeout: 30,
      maxInstance: 50,
      concurrentNum: 10,
      environment: {
        LOG_LEVEL: 'info',
      },
    },
    events: [
      {
        type: 'update',
        at: '2025-04-01T16:42:12.623Z',
        changes: {
          cpu: 400,
        },
      },
      {
        type: 'publish',
        at: '2025-04-01T18:34:12.623Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2025-04-05T16:31:12.623Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-04-05T16:50:12.623Z',
        versionNumber: '1.1.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-place-internationalize-noon',
    createdAt: '2026-03-22T23:51:04.723Z',
    fields: {
      kind: 'yrlib',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java17',
      cpu: 300,
      memory: 128,
      timeout: 900,
      environment: {
        LOG_LEVEL: 'debug',
      },
    },
    events: [
      {
        type: 'update',
        at: '2026-03-23T21:31:04.723Z',
        changes: {
          cpu: 400,
        },
      },
      {
        type: 'publish',
        at: '2026-03-23T22:25:04.723Z',
        versionNumber: '1',
        versionDesc: 'release 1',
      },
      {
        type: 'publish',
        at: '2026-03-30T18:42:04.723Z',
        versionNumber: '2',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2026-04-04T06:42:04.723Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2026-04-04T07:33:04.723Z',
        versionNumber: '3',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2026-04-06T02:07:04.723Z',
        versionNumber: '4',
        versionDesc: 'release 4',
      },
      {
        type: 'publish',
        at: '2026-04-08T13:00:04.723Z',
        versionNumber: '5',
        versionDesc: 'release 5',
      },
      {
        type: 'publish',
        at: '2026-04-14T21:37:04.723Z',
        versionNumber: '6',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2026-04-21T13:03:04.723Z',
        versionNumber: '7',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-appliance-welcome-bin',
    createdAt: '2024-12-07T00:00:23.940Z',
    fields: {
      kind: 'yrlib',
      description: 'Vir sollicito degero.',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java17',
      cpu: 500,
      memory: 4096,
      timeout: 30,
      maxInstance: 10,
      concurrentNum: 1,
      environment: {
        LOG_LEVEL: 'debug',
      },
    },
    events: [
      {
        type: 'update',
        at: '2024-12-09T03:55:23.940Z',
        changes: {
          cpu: 600,
        },
      },
      {
        type: 'publish',
        at: '2024-12-09T05:05:23.940Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2024-12-10T13:08:23.940Z',
        versionNumber: '1.1.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'carouse-scrap',
    createdAt: '2024-10-09T23:37:21.316Z',
    fields: {
      kind: 'yrlib',
      handler: 'main.Handler',
      runtime: 'go1.13',
      cpu: 300,
      memory: 512,
      timeout: 600,
      maxInstance: 50,
      concurrentNum: 10,
    },
    events: [
      {
        type: 'publish',
        at: '2024-10-11T04:03:21.316Z',
        versionNumber: '1',
        versionDesc: 'release 1',
      },
      {
        type: 'publish',
        at: '2024-10-13T04:57:21.316Z',
        versionNumber: '2',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-10-14T14:32:21.316Z',
        changes: {
          cpu: 400,
        },
      },
      {
        type: 'publish',
        at: '2024-10-14T15:20:21.316Z',
        versionNumber: '3',
        versionDesc: 'release 3',
      },
      {
        type: 'update',
        at: '2024-10-15T02:00:21.316Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-10-15T02:30:21.316Z',
        versionNumber: '4',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-10-18T10:39:21.316Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-10-18T11:06:21.316Z',
        versionNumber: '5',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-10-21T00:01:21.316Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-10-21T00:26:21.316Z',
        versionNumber: '6',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2024-10-22T06:46:21.316Z',
        versionNumber: '7',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-10-25T10:49:21.316Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-10-25T12:02:21.316Z',
        versionNumber: '8',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-comparison-approximate-pine',
    createdAt: '2024-06-03T18:26:44.149Z',
    fields: {
      kind: 'yrlib',
      description: 'Compello acidus spoliatio cuius accendo trucido thesaurus bos timidus capio.',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java17',
      cpu: 1000,
      memory: 512,
      timeout: 60,
      maxInstance: 10,
      concurrentNum: 1,
      environment: {
        LOG_LEVEL: 'info',
      },
      tags: {
        team: 'midwife',
      },
    },
    events: [
      {
        type: 'update',
        at: '2024-06-07T23:55:44.149Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-06-08T01:16:44.149Z',
        versionNumber: '1',
        versionDesc: 'release 1',
      },
      {
        type: 'publish',
        at: '2024-06-10T17:19:44.149Z',
        versionNumber: '2',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-06-11T03:25:44.149Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-06-11T04:29:44.149Z',
        versionNumber: '3',
        versionDesc: 'release 3',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0@diversity@chunder-decryption',
    createdAt: '2026-01-28T14:50:26.354Z',
    fields: {
      kind: 'faas',
      description: 'Vesper astrum talus decretum.',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java8',
      cpu: 4000,
      memory: 256,
      timeout: 120,
      maxInstance: 50,
      environment: {
        LOG_LEVEL: 'info',
      },
    },
    events: [
      {
        type: 'publish',
        at: '2026-02-02T11:37:26.354Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2026-02-03T15:49:26.354Z',
        versionNumber: '1.1.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2026-02-10T02:38:26.354Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2026-02-10T03:07:26.354Z',
        versionNumber: '1.2.0',
        versionDesc: 'release 3',
      },
      {
        type: 'update',
        at: '2026-02-14T08:11:26.354Z',
        changes: {
          cpu: 4100,
        },
      },
      {
        type: 'publish',
        at: '2026-02-14T08:20:26.354Z',
        versionNumber: '1.3.0',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2026-02-17T18:08:26.354Z',
        versionNumber: '1.4.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-rust-suffice-address',
    createdAt: '2026-03-20T15:52:43.521Z',
    fields: {
      kind: 'yrlib',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java1.8',
      cpu: 300,
      memory: 1024,
      timeout: 30,
      tags: {
        team: 'essence',
      },
    },
    events: [
      {
        type: 'update',
        at: '2026-03-26T18:19:43.521Z',
        changes: {
          cpu: 400,
        },
      },
      {
        type: 'publish',
        at: '2026-03-26T18:41:43.521Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-toaster-fuss-knight',
    createdAt: '2024-03-03T14:42:03.831Z',
    fields: {
      kind: 'yrlib',
      handler: 'handler.my_handler',
      runtime: 'python3.9',
      cpu: 1000,
      memory: 1024,
      timeout: 120,
    },
    events: [
      {
        type: 'update',
        at: '2024-03-09T12:10:03.831Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-03-09T12:39:03.831Z',
        versionNumber: '1.0.0',
        versionDesc: 'release 1',
      },
      {
        type: 'update',
        at: '2024-03-13T03:07:03.831Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-03-13T03:40:03.831Z',
        versionNumber: '1.1.0',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2024-03-16T01:55:03.831Z',
        versionNumber: '1.2.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'second',
    name: '0@halt@muddy-adult',
    createdAt: '2025-01-17T23:52:26.815Z',
    fields: {
      kind: 'faas',
      handler: 'handler.my_handler',
      runtime: 'python3.11',
      cpu: 300,
      memory: 4096,
      timeout: 300,
      concurrentNum: 1,
      environment: {
        LOG_LEVEL: 'debug',
      },
    },
    events: [
      {
        type: 'update',
        at: '2025-01-21T00:30:26.815Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-01-21T02:23:26.815Z',
        versionNumber: '1',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2025-01-28T00:39:26.815Z',
        changes: {
          cpu: 400,
        },
      },
      {
        type: 'publish',
        at: '2025-01-28T01:33:26.815Z',
        versionNumber: '2',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2025-02-03T07:32:26.815Z',
        versionNumber: '3',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2025-02-07T23:47:26.815Z',
        versionNumber: '4',
        versionDesc: 'release 4',
      },
      {
        type: 'update',
        at: '2025-02-08T17:01:26.815Z',
        changes: {
          cpu: 400,
        },
      },
      {
        type: 'publish',
        at: '2025-02-08T18:34:26.815Z',
        versionNumber: '5',
        versionDesc: 'release 5',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'option-clavicle',
    createdAt: '2025-01-15T04:55:13.136Z',
    fields: {
      kind: 'yrlib',
      handler: 'handler.my_handler',
      runtime: 'python3.6',
      cpu: 2000,
      memory: 512,
      timeout: 900,
      concurrentNum: 10,
    },
    events: [
      {
        type: 'publish',
        at: '2025-01-15T06:09:13.136Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2025-01-18T05:08:13.136Z',
        changes: {
          cpu: 2100,
        },
      },
      {
        type: 'publish',
        at: '2025-01-18T06:46:13.136Z',
        versionNumber: '1.1.0',
        versionDesc: 'release 2',
      },
      {
        type: 'update',
        at: '2025-01-22T08:07:13.136Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-01-22T08:24:13.136Z',
        versionNumber: '1.2.0',
        versionDesc: 'release 3',
      },
      {
        type: 'update',
        at: '2025-01-24T18:39:13.136Z',
        changes: {
          cpu: 2100,
        },
      },
      {
        type: 'publish',
        at: '2025-01-24T20:01:13.136Z',
        versionNumber: '1.3.0',
        versionDesc: 'release 4',
      },
      {
        type: 'update',
        at: '2025-01-25T05:11:13.136Z',
        changes: {
          cpu: 2100,
        },
      },
      {
        type: 'publish',
        at: '2025-01-25T06:42:13.136Z',
        versionNumber: '1.4.0',
        versionDesc: 'release 5',
      },
    ],
  },
  {
    tenant: 'second',
    name: '0@loyalty@attend-cuckoo',
    createdAt: '2024-05-20T07:17:13.092Z',
    fields: {
      kind: 'faas',
      description: 'Tripudio eveniet velit.',
      handler: 'handler.my_handler',
      runtime: 'python3.8',
      cpu: 1000,
      memory: 512,
      timeout: 60,
      maxInstance: 50,
      environment: {
        LOG_LEVEL: 'info',
      },
      tags: {
        team: 'traditionalism',
      },
    },
    events: [
      {
        type: 'publish',
        at: '2024-05-25T17:54:13.092Z',
        versionNumber: '1',
        versionDesc: 'release 1',
      },
      {
        type: 'update',
        at: '2024-05-28T09:16:13.092Z',
        changes: {
          cpu: 1100,
        },
      },
      {
        type: 'publish',
        at: '2024-05-28T10:14:13.092Z',
        versionNumber: '2',
        versionDesc: 'release 2',
      },
      {
        type: 'publish',
        at: '2024-06-01T19:49:13.092Z',
        versionNumber: '3',
        versionDesc: 'release 3',
      },
      {
        type: 'update',
        at: '2024-06-07T03:21:13.092Z',
        changes: {
          cpu: 1100,
        },
      },
      {
        type: 'publish',
        at: '2024-06-07T05:01:13.092Z',
        versionNumber: '4',
        versionDesc: 'release 4',
      },
      {
        type: 'update',
        at: '2024-06-08T20:42:13.092Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-06-08T20:45:13.092Z',
        versionNumber: '5',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2024-06-11T16:08:13.092Z',
        versionNumber: '6',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'rejoin-tenant',
    createdAt: '2025-10-10T06:30:33.702Z',
    fields: {
      description: 'Bene demulceo caput atavus laborum tabula demonstro condico.',
      handler: 'handler.my_handler',
      runtime: 'python3.9',
      cpu: 4000,
      memory: 512,
      timeout: 300,
      concurrentNum: 10,
    },
    events: [
      {
        type: 'publish',
        at: '2025-10-15T19:43:33.702Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'second',
    name: '0-information-deduce-attraction',
    createdAt: '2025-05-19T19:33:20.654Z',
    fields: {
      kind: 'yrlib',
      description: 'Tibi tunc substantia ambulo calamitas careo depereo triduana usque spiritus.',
      handler: 'handler.my_handler',
      runtime: 'python3.11',
      cpu: 500,
      memory: 2048,
      timeout: 120,
      maxInstance: 10,
      environment: {
        LOG_LEVEL: 'info',
      },
      tags: {
        team: 'jogging',
      },
    },
    events: [
      {
        type: 'publish',
        at: '2025-05-24T16:29:20.654Z',
        versionNumber: '1',
        versionDesc: 'release 1',
      },
      {
        type: 'update',
        at: '2025-05-26T23:34:20.654Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-05-27T00:18:20.654Z',
        versionNumber: '2',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2025-06-01T17:36:20.654Z',
        versionNumber: '3',
        versionDesc: 'release 3',
      },
      {
        type: 'update',
        at: '2025-06-04T19:30:20.654Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-06-04T21:18:20.654Z',
        versionNumber: '4',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2025-06-09T05:24:20.654Z',
        versionNumber: '5',
        versionDesc: 'release 5',
      },
      {
        type: 'update',
        at: '2025-06-12T08:41:20.654Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-06-12T09:09:20.654Z',
        versionNumber: '6',
        versionDesc: 'release 6',
      },
      {
        type: 'publish',
        at: '2025-06-15T03:46:20.654Z',
        versionNumber: '7',
        versionDesc: 'release 7',
      },
      {
        type: 'update',
        at: '2025-06-20T09:30:20.654Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-06-20T10:31:20.654Z',
        versionNumber: '8',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'controvert-orchid',
    createdAt: '2026-05-18T13:20:55.558Z',
    fields: {
      kind: 'yrlib',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java17',
      cpu: 4000,
      memory: 128,
      timeout: 60,
      concurrentNum: 1,
    },
    events: [
      {
        type: 'update',
        at: '2026-05-24T19:22:55.558Z',
        changes: {
          cpu: 4100,
        },
      },
      {
        type: 'publish',
        at: '2026-05-24T20:55:55.558Z',
        versionNumber: '1.0.0',
        versionDesc: 'release 1',
      },
      {
        type: 'update',
        at: '2026-05-27T18:21:55.558Z',
        changes: {
          cpu: 4100,
        },
      },
      {
        type: 'publish',
        at: '2026-05-27T18:44:55.558Z',
        versionNumber: '1.1.0',
        versionDesc: 'release 2',
      },
      {
        type: 'publish',
        at: '2026-06-03T03:30:55.558Z',
        versionNumber: '1.2.0',
        versionDesc: 'release 3',
      },
      {
        type: 'publish',
        at: '2026-06-04T01:57:55.558Z',
        versionNumber: '1.3.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'second',
    name: '0-tentacle-edge-derby',
    createdAt: '2024-04-04T14:33:03.973Z',
    fields: {
      kind: 'yrlib',
      handler: 'main.Handler',
      runtime: 'go1.13',
      cpu: 2000,
      memory: 128,
      timeout: 600,
      maxInstance: 50,
    },
    events: [
      {
        type: 'publish',
        at: '2024-04-06T20:28:03.973Z',
        versionNumber: '1',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-paintwork-embody-gradient',
    createdAt: '2024-01-15T12:03:24.330Z',
    fields: {
      kind: 'yrlib',
      handler: 'handler.my_handler',
      runtime: 'python3.11',
      cpu: 500,
      memory: 1024,
      timeout: 300,
      maxInstance: 50,
      environment: {
        LOG_LEVEL: 'debug',
      },
    },
    events: [
      {
        type: 'publish',
        at: '2024-01-18T11:50:24.330Z',
        versionNumber: '1.0.0',
        versionDesc: 'release 1',
      },
      {
        type: 'publish',
        at: '2024-01-20T10:12:24.330Z',
        versionNumber: '1.1.0',
        versionDesc: 'release 2',
      },
      {
        type: 'update',
        at: '2024-01-23T16:06:24.330Z',
        changes: {
          cpu: 600,
        },
      },
      {
        type: 'publish',
        at: '2024-01-23T16:56:24.330Z',
        versionNumber: '1.2.0',
        versionDesc: 'release 3',
      },
      {
        type: 'update',
        at: '2024-01-25T05:32:24.330Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-01-25T06:03:24.330Z',
        versionNumber: '1.3.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-01-29T22:37:24.330Z',
        changes: {
          cpu: 600,
        },
      },
      {
        type: 'publish',
        at: '2024-01-30T00:11:24.330Z',
        versionNumber: '1.4.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'ham-bench',
    createdAt: '2024-02-10T06:52:51.817Z',
    fields: {
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java17',
      cpu: 500,
      memory: 256,
      timeout: 30,
      maxInstance: 50,
      concurrentNum: 1,
      environment: {
        LOG_LEVEL: 'info',
      },
    },
    events: [
      {
        type: 'update',
        at: '2024-02-11T05:27:51.817Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-02-11T06:09:51.817Z',
        versionNumber: '1',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2024-02-16T05:25:51.817Z',
        versionNumber: '2',
        versionDesc: 'release 2',
      },
      {
        type: 'publish',
        at: '2024-02-19T05:22:51.817Z',
        versionNumber: '3',
        versionDesc: 'release 3',
      },
      {
        type: 'publish',
        at: '2024-02-22T02:57:51.817Z',
        versionNumber: '4',
        versionDesc: 'release 4',
      },
      {
        type: 'publish',
        at: '2024-02-24T17:18:51.817Z',
        versionNumber: '5',
        versionDesc: 'release 5',
      },
    ],
  },
  {
    tenant: 'second',
    name: 'axe-intent',
    createdAt: '2024-03-25T01:05:23.159Z',
    fields: {
      handler: 'handler.my_handler',
      runtime: 'python3.11',
      cpu: 300,
      memory: 128,
      timeout: 30,
      concurrentNum: 1,
    },
    events: [
      {
        type: 'publish',
        at: '2024-03-28T20:28:23.159Z',
        versionNumber: '1.0.0',
        versionDesc: 'release 1',
      },
      {
        type: 'update',
        at: '2024-04-04T01:35:23.159Z',
        changes: {
          cpu: 400,
        },
      },
      {
        type: 'publish',
        at: '2024-04-04T03:02:23.159Z',
        versionNumber: '1.1.0',
        versionDesc: 'release 2',
      },
      {
        type: 'publish',
        at: '2024-04-10T06:27:23.159Z',
        versionNumber: '1.2.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'micromanage-bid',
    createdAt: '2025-08-09T19:23:20.548Z',
    fields: {
      description: 'Tollo collum abundans anser.',
      handler: 'com.example.Handler::handleRequest',
      runtime: 'java1.8',
      cpu: 600,
      memory: 1024,
      timeout: 30,
      maxInstance: 50,
      concurrentNum: 10,
      tags: {
        team: 'willow',
      },
    },
    events: [
      {
        type: 'update',
        at: '2025-08-14T18:59:20.548Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2025-08-14T20:49:20.548Z',
        versionNumber: '1.0.0',
        versionDesc: 'release 1',
      },
      {
        type: 'publish',
        at: '2025-08-18T03:18:20.548Z',
        versionNumber: '1.1.0',
        versionDesc: 'release 2',
      },
      {
        type: 'publish',
        at: '2025-08-19T15:56:20.548Z',
        versionNumber: '1.2.0',
        versionDesc: 'release 3',
      },
      {
        type: 'update',
        at: '2025-08-21T07:50:20.548Z',
        changes: {
          cpu: 700,
        },
      },
      {
        type: 'publish',
        at: '2025-08-21T08:20:20.548Z',
        versionNumber: '1.3.0',
        versionDesc: '',
      },
    ],
  },
  {
    tenant: 'default',
    name: '0-essence-disapprove-hunt',
    createdAt: '2025-05-26T03:39:30.236Z',
    fields: {
      kind: 'yrlib',
      handler: 'handler.my_handler',
      runtime: 'python3.8',
      cpu: 300,
      memory: 2048,
      timeout: 30,
      concurrentNum: 10,
    },
    events: [],
  },
  {
    tenant: 'default',
    name: '0@freezing@fork-clamp',
    createdAt: '2024-11-03T07:17:32.390Z',
    fields: {
      kind: 'faas',
      handler: 'handler.my_handler',
      runtime: 'python3.11',
      cpu: 1000,
      memory: 256,
      timeout: 30,
      maxInstance: 10,
      environment: {
        LOG_LEVEL: 'debug',
      },
    },
    events: [
      {
        type: 'publish',
        at: '2024-11-07T02:56:32.390Z',
        versionNumber: '1',
        versionDesc: 'release 1',
      },
      {
        type: 'publish',
        at: '2024-11-10T13:17:32.390Z',
        versionNumber: '2',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-11-13T23:33:32.390Z',
        changes: {
          cpu: 1100,
        },
      },
      {
        type: 'publish',
        at: '2024-11-14T00:48:32.390Z',
        versionNumber: '3',
        versionDesc: 'release 3',
      },
      {
        type: 'publish',
        at: '2024-11-20T10:58:32.390Z',
        versionNumber: '4',
        versionDesc: 'release 4',
      },
    ],
  },
  {
    tenant: 'default',
    name: 'clone-guacamole',
    createdAt: '2024-07-24T20:31:26.451Z',
    fields: {
      handler: 'handler.my_handler',
      runtime: 'python3.9',
      cpu: 4000,
      memory: 4096,
      timeout: 600,
      maxInstance: 10,
      concurrentNum: 10,
      environment: {
        LOG_LEVEL: 'debug',
      },
    },
    events: [
      {
        type: 'publish',
        at: '2024-07-25T13:32:26.451Z',
        versionNumber: '1.0.0',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2024-07-30T11:31:26.451Z',
        versionNumber: '1.1.0',
        versionDesc: 'release 2',
      },
      {
        type: 'update',
        at: '2024-08-03T09:34:26.451Z',
        changes: {
          cpu: 4100,
        },
      },
      {
        type: 'publish',
        at: '2024-08-03T10:47:26.451Z',
        versionNumber: '1.2.0',
        versionDesc: '',
      },
      {
        type: 'publish',
        at: '2024-08-05T20:59:26.451Z',
        versionNumber: '1.3.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-08-11T02:05:26.451Z',
        changes: {
          cpu: 4100,
        },
      },
      {
        type: 'publish',
        at: '2024-08-11T02:36:26.451Z',
        versionNumber: '1.4.0',
        versionDesc: '',
      },
      {
        type: 'update',
        at: '2024-08-14T06:20:26.451Z',
        changes: {},
      },
      {
        type: 'publish',
        at: '2024-08-14T07:48:26.451Z',
        versionNumber: '1.5.0',
        versionDesc: 'release 6',
      },
    ],
  },
]
