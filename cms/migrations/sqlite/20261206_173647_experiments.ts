import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`flows\` ADD \`experiment_hypothesis\` text;`)
  await db.run(sql`ALTER TABLE \`flows\` ADD \`experiment_outcome\` text DEFAULT 'flow_completed';`)
  await db.run(sql`ALTER TABLE \`flows\` ADD \`experiment_checklist_id\` integer REFERENCES checklists(id);`)
  await db.run(sql`ALTER TABLE \`flows\` ADD \`experiment_checklist_items\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`flows\` ADD \`experiment_minimum_sample\` numeric DEFAULT 100;`)
  await db.run(sql`ALTER TABLE \`flows\` ADD \`experiment_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`flows\` ADD \`experiment_design_hash\` text;`)
  await db.run(sql`CREATE INDEX \`flows_experiment_experiment_checklist_idx\` ON \`flows\` (\`experiment_checklist_id\`);`)
  await db.run(sql`ALTER TABLE \`_flows_v\` ADD \`version_experiment_hypothesis\` text;`)
  await db.run(sql`ALTER TABLE \`_flows_v\` ADD \`version_experiment_outcome\` text DEFAULT 'flow_completed';`)
  await db.run(sql`ALTER TABLE \`_flows_v\` ADD \`version_experiment_checklist_id\` integer REFERENCES checklists(id);`)
  await db.run(sql`ALTER TABLE \`_flows_v\` ADD \`version_experiment_checklist_items\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`_flows_v\` ADD \`version_experiment_minimum_sample\` numeric DEFAULT 100;`)
  await db.run(sql`ALTER TABLE \`_flows_v\` ADD \`version_experiment_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`_flows_v\` ADD \`version_experiment_design_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_flows_v_version_experiment_version_experiment_checklist_idx\` ON \`_flows_v\` (\`version_experiment_checklist_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_flows\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`fallback_when\` text,
  	\`fallback_flow_id\` integer,
  	\`source_hash\` text,
  	\`municipality_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`fallback_flow_id\`) REFERENCES \`flows\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_flows\`("id", "slug", "fallback_when", "fallback_flow_id", "source_hash", "municipality_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "fallback_when", "fallback_flow_id", "source_hash", "municipality_id", "updated_at", "created_at", "_status" FROM \`flows\`;`)
  await db.run(sql`DROP TABLE \`flows\`;`)
  await db.run(sql`ALTER TABLE \`__new_flows\` RENAME TO \`flows\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`flows_slug_idx\` ON \`flows\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`flows_fallback_fallback_flow_idx\` ON \`flows\` (\`fallback_flow_id\`);`)
  await db.run(sql`CREATE INDEX \`flows_municipality_idx\` ON \`flows\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`flows_updated_at_idx\` ON \`flows\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`flows_created_at_idx\` ON \`flows\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`flows__status_idx\` ON \`flows\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__flows_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_fallback_when\` text,
  	\`version_fallback_flow_id\` integer,
  	\`version_source_hash\` text,
  	\`version_municipality_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`flows\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_fallback_flow_id\`) REFERENCES \`flows\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__flows_v\`("id", "parent_id", "version_slug", "version_fallback_when", "version_fallback_flow_id", "version_source_hash", "version_municipality_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_fallback_when", "version_fallback_flow_id", "version_source_hash", "version_municipality_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_flows_v\`;`)
  await db.run(sql`DROP TABLE \`_flows_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__flows_v\` RENAME TO \`_flows_v\`;`)
  await db.run(sql`CREATE INDEX \`_flows_v_parent_idx\` ON \`_flows_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_version_version_slug_idx\` ON \`_flows_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_version_fallback_version_fallback_flow_idx\` ON \`_flows_v\` (\`version_fallback_flow_id\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_version_version_municipality_idx\` ON \`_flows_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_version_version_updated_at_idx\` ON \`_flows_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_version_version_created_at_idx\` ON \`_flows_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_version_version__status_idx\` ON \`_flows_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_created_at_idx\` ON \`_flows_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_updated_at_idx\` ON \`_flows_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_snapshot_idx\` ON \`_flows_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_published_locale_idx\` ON \`_flows_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_flows_v_latest_idx\` ON \`_flows_v\` (\`latest\`);`)
}
