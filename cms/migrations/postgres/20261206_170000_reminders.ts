import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_flows_steps_reminder_every" AS ENUM('none', 'week', 'month', 'weekday');
  CREATE TYPE "public"."enum_flows_steps_reminder_weekday" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum__flows_v_version_steps_reminder_every" AS ENUM('none', 'week', 'month', 'weekday');
  CREATE TYPE "public"."enum__flows_v_version_steps_reminder_weekday" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  ALTER TABLE "flows_steps" ADD COLUMN "reminder_every" "enum_flows_steps_reminder_every" DEFAULT 'none';
  ALTER TABLE "flows_steps" ADD COLUMN "reminder_weekday" "enum_flows_steps_reminder_weekday";
  ALTER TABLE "flows_steps_locales" ADD COLUMN "reminder_text" varchar;
  ALTER TABLE "_flows_v_version_steps" ADD COLUMN "reminder_every" "enum__flows_v_version_steps_reminder_every" DEFAULT 'none';
  ALTER TABLE "_flows_v_version_steps" ADD COLUMN "reminder_weekday" "enum__flows_v_version_steps_reminder_weekday";
  ALTER TABLE "_flows_v_version_steps_locales" ADD COLUMN "reminder_text" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "flows_steps" DROP COLUMN "reminder_every";
  ALTER TABLE "flows_steps" DROP COLUMN "reminder_weekday";
  ALTER TABLE "flows_steps_locales" DROP COLUMN "reminder_text";
  ALTER TABLE "_flows_v_version_steps" DROP COLUMN "reminder_every";
  ALTER TABLE "_flows_v_version_steps" DROP COLUMN "reminder_weekday";
  ALTER TABLE "_flows_v_version_steps_locales" DROP COLUMN "reminder_text";
  DROP TYPE "public"."enum_flows_steps_reminder_every";
  DROP TYPE "public"."enum_flows_steps_reminder_weekday";
  DROP TYPE "public"."enum__flows_v_version_steps_reminder_every";
  DROP TYPE "public"."enum__flows_v_version_steps_reminder_weekday";`)
}
