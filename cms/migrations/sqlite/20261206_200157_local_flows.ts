import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`local_flows_added_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`after\` text,
  	\`key\` text,
  	\`kind\` text DEFAULT 'content',
  	\`required\` integer DEFAULT true,
  	\`minutes\` numeric DEFAULT 5,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_flows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_flows_added_steps_order_idx\` ON \`local_flows_added_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_added_steps_parent_id_idx\` ON \`local_flows_added_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_flows_added_steps_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_flows_added_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`local_flows_added_steps_locales_locale_parent_id_unique\` ON \`local_flows_added_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_flows\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`flow_id\` integer,
  	\`source_hash\` text,
  	\`municipality_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`flow_id\`) REFERENCES \`flows\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`local_flows_flow_idx\` ON \`local_flows\` (\`flow_id\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_municipality_idx\` ON \`local_flows\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_updated_at_idx\` ON \`local_flows\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_created_at_idx\` ON \`local_flows\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`local_flows__status_idx\` ON \`local_flows\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`local_flows_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_flows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_flows_texts_order_parent\` ON \`local_flows_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_flows_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`lessons_id\` integer,
  	\`courses_id\` integer,
  	\`videos_id\` integer,
  	\`checklists_id\` integer,
  	\`faqs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_flows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklists_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_flows_rels_order_idx\` ON \`local_flows_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_rels_parent_idx\` ON \`local_flows_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_rels_path_idx\` ON \`local_flows_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_rels_lessons_id_idx\` ON \`local_flows_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_rels_courses_id_idx\` ON \`local_flows_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_rels_videos_id_idx\` ON \`local_flows_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_rels_checklists_id_idx\` ON \`local_flows_rels\` (\`checklists_id\`);`)
  await db.run(sql`CREATE INDEX \`local_flows_rels_faqs_id_idx\` ON \`local_flows_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_flows_v_version_added_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`after\` text,
  	\`key\` text,
  	\`kind\` text DEFAULT 'content',
  	\`required\` integer DEFAULT true,
  	\`minutes\` numeric DEFAULT 5,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_flows_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_flows_v_version_added_steps_order_idx\` ON \`_local_flows_v_version_added_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_version_added_steps_parent_id_idx\` ON \`_local_flows_v_version_added_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_flows_v_version_added_steps_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_flows_v_version_added_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_local_flows_v_version_added_steps_locales_locale_parent_id_\` ON \`_local_flows_v_version_added_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_flows_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_flow_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_flows\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_flow_id\`) REFERENCES \`flows\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_flows_v_parent_idx\` ON \`_local_flows_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_version_version_flow_idx\` ON \`_local_flows_v\` (\`version_flow_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_version_version_municipality_idx\` ON \`_local_flows_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_version_version_updated_at_idx\` ON \`_local_flows_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_version_version_created_at_idx\` ON \`_local_flows_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_version_version__status_idx\` ON \`_local_flows_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_created_at_idx\` ON \`_local_flows_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_updated_at_idx\` ON \`_local_flows_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_snapshot_idx\` ON \`_local_flows_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_published_locale_idx\` ON \`_local_flows_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_latest_idx\` ON \`_local_flows_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_local_flows_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_local_flows_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_flows_v_texts_order_parent\` ON \`_local_flows_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_flows_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`lessons_id\` integer,
  	\`courses_id\` integer,
  	\`videos_id\` integer,
  	\`checklists_id\` integer,
  	\`faqs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_local_flows_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklists_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_flows_v_rels_order_idx\` ON \`_local_flows_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_rels_parent_idx\` ON \`_local_flows_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_rels_path_idx\` ON \`_local_flows_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_rels_lessons_id_idx\` ON \`_local_flows_v_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_rels_courses_id_idx\` ON \`_local_flows_v_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_rels_videos_id_idx\` ON \`_local_flows_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_rels_checklists_id_idx\` ON \`_local_flows_v_rels\` (\`checklists_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_flows_v_rels_faqs_id_idx\` ON \`_local_flows_v_rels\` (\`faqs_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`local_flows_id\` integer REFERENCES local_flows(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_local_flows_id_idx\` ON \`payload_locked_documents_rels\` (\`local_flows_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`local_flows_added_steps\`;`)
  await db.run(sql`DROP TABLE \`local_flows_added_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`local_flows\`;`)
  await db.run(sql`DROP TABLE \`local_flows_texts\`;`)
  await db.run(sql`DROP TABLE \`local_flows_rels\`;`)
  await db.run(sql`DROP TABLE \`_local_flows_v_version_added_steps\`;`)
  await db.run(sql`DROP TABLE \`_local_flows_v_version_added_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_local_flows_v\`;`)
  await db.run(sql`DROP TABLE \`_local_flows_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_local_flows_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`flows_id\` integer,
  	\`lessons_id\` integer,
  	\`courses_id\` integer,
  	\`videos_id\` integer,
  	\`checklists_id\` integer,
  	\`faqs_id\` integer,
  	\`media_id\` integer,
  	\`video_files_id\` integer,
  	\`caption_files_id\` integer,
  	\`municipalities_id\` integer,
  	\`users_id\` integer,
  	\`publish_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flows_id\`) REFERENCES \`flows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklists_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_files_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`caption_files_id\`) REFERENCES \`caption_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publish_log_id\`) REFERENCES \`publish_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "flows_id", "lessons_id", "courses_id", "videos_id", "checklists_id", "faqs_id", "media_id", "video_files_id", "caption_files_id", "municipalities_id", "users_id", "publish_log_id") SELECT "id", "order", "parent_id", "path", "flows_id", "lessons_id", "courses_id", "videos_id", "checklists_id", "faqs_id", "media_id", "video_files_id", "caption_files_id", "municipalities_id", "users_id", "publish_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_flows_id_idx\` ON \`payload_locked_documents_rels\` (\`flows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_checklists_id_idx\` ON \`payload_locked_documents_rels\` (\`checklists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_video_files_id_idx\` ON \`payload_locked_documents_rels\` (\`video_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_caption_files_id_idx\` ON \`payload_locked_documents_rels\` (\`caption_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publish_log_id_idx\` ON \`payload_locked_documents_rels\` (\`publish_log_id\`);`)
}
