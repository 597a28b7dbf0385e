import * as migration_20261125_092428_initial from './20261125_092428_initial.ts';
import * as migration_20261125_094119_publishing from './20261125_094119_publishing.ts';
import * as migration_20261206_170000_reminders from './20261206_170000_reminders.ts';
import * as migration_20261206_172411_municipalities from './20261206_172411_municipalities.ts';
import * as migration_20261206_173659_experiments from './20261206_173659_experiments.ts';
import * as migration_20261206_174549_synonyms from './20261206_174549_synonyms.ts';
import * as migration_20261206_200210_local_flows from './20261206_200210_local_flows.ts';
import * as migration_20261206_211234_upload_scope from './20261206_211234_upload_scope.ts';

export const migrations = [
  {
    up: migration_20261125_092428_initial.up,
    down: migration_20261125_092428_initial.down,
    name: '20261125_092428_initial',
  },
  {
    up: migration_20261125_094119_publishing.up,
    down: migration_20261125_094119_publishing.down,
    name: '20261125_094119_publishing',
  },
  {
    up: migration_20261206_170000_reminders.up,
    down: migration_20261206_170000_reminders.down,
    name: '20261206_170000_reminders',
  },
  {
    up: migration_20261206_172411_municipalities.up,
    down: migration_20261206_172411_municipalities.down,
    name: '20261206_172411_municipalities',
  },
  {
    up: migration_20261206_173659_experiments.up,
    down: migration_20261206_173659_experiments.down,
    name: '20261206_173659_experiments',
  },
  {
    up: migration_20261206_174549_synonyms.up,
    down: migration_20261206_174549_synonyms.down,
    name: '20261206_174549_synonyms',
  },
  {
    up: migration_20261206_200210_local_flows.up,
    down: migration_20261206_200210_local_flows.down,
    name: '20261206_200210_local_flows',
  },
  {
    up: migration_20261206_211234_upload_scope.up,
    down: migration_20261206_211234_upload_scope.down,
    name: '20261206_211234_upload_scope'
  },
];
