import * as migration_20261125_092428_initial from './20261125_092428_initial.ts';

export const migrations = [
  {
    up: migration_20261125_092428_initial.up,
    down: migration_20261125_092428_initial.down,
    name: '20261125_092428_initial'
  },
];
