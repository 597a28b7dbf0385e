import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`flows_steps\` ADD \`reminder_every\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`flows_steps\` ADD \`reminder_weekday\` text;`)
  await db.run(sql`ALTER TABLE \`flows_steps_locales\` ADD \`reminder_text\` text;`)
  await db.run(sql`ALTER TABLE \`_flows_v_version_steps\` ADD \`reminder_every\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_flows_v_version_steps\` ADD \`reminder_weekday\` text;`)
  await db.run(sql`ALTER TABLE \`_flows_v_version_steps_locales\` ADD \`reminder_text\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`flows_steps\` DROP COLUMN \`reminder_every\`;`)
  await db.run(sql`ALTER TABLE \`flows_steps\` DROP COLUMN \`reminder_weekday\`;`)
  await db.run(sql`ALTER TABLE \`flows_steps_locales\` DROP COLUMN \`reminder_text\`;`)
  await db.run(sql`ALTER TABLE \`_flows_v_version_steps\` DROP COLUMN \`reminder_every\`;`)
  await db.run(sql`ALTER TABLE \`_flows_v_version_steps\` DROP COLUMN \`reminder_weekday\`;`)
  await db.run(sql`ALTER TABLE \`_flows_v_version_steps_locales\` DROP COLUMN \`reminder_text\`;`)
}
