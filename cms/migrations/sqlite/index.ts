import * as migration_20261125_092423_initial from './20261125_092423_initial.ts';
import * as migration_20261125_094115_publishing from './20261125_094115_publishing.ts';
import * as migration_20261206_165953_reminders from './20261206_165953_reminders.ts';
import * as migration_20261206_172359_municipalities from './20261206_172359_municipalities.ts';
import * as migration_20261206_173647_experiments from './20261206_173647_experiments.ts';
import * as migration_20261206_174542_synonyms from './20261206_174542_synonyms.ts';
import * as migration_20261206_200157_local_flows from './20261206_200157_local_flows.ts';
import * as migration_20261206_211229_upload_scope from './20261206_211229_upload_scope.ts';

export const migrations = [
  {
    up: migration_20261125_092423_initial.up,
    down: migration_20261125_092423_initial.down,
    name: '20261125_092423_initial',
  },
  {
    up: migration_20261125_094115_publishing.up,
    down: migration_20261125_094115_publishing.down,
    name: '20261125_094115_publishing',
  },
  {
    up: migration_20261206_165953_reminders.up,
    down: migration_20261206_165953_reminders.down,
    name: '20261206_165953_reminders',
  },
  {
    up: migration_20261206_172359_municipalities.up,
    down: migration_20261206_172359_municipalities.down,
    name: '20261206_172359_municipalities',
  },
  {
    up: migration_20261206_173647_experiments.up,
    down: migration_20261206_173647_experiments.down,
    name: '20261206_173647_experiments',
  },
  {
    up: migration_20261206_174542_synonyms.up,
    down: migration_20261206_174542_synonyms.down,
    name: '20261206_174542_synonyms',
  },
  {
    up: migration_20261206_200157_local_flows.up,
    down: migration_20261206_200157_local_flows.down,
    name: '20261206_200157_local_flows',
  },
  {
    up: migration_20261206_211229_upload_scope.up,
    down: migration_20261206_211229_upload_scope.down,
    name: '20261206_211229_upload_scope'
  },
];
