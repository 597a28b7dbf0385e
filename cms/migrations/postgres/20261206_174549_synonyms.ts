import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings_locales" ADD COLUMN "synonyms" varchar;
  ALTER TABLE "_site_settings_v_locales" ADD COLUMN "version_synonyms" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings_locales" DROP COLUMN "synonyms";
  ALTER TABLE "_site_settings_v_locales" DROP COLUMN "version_synonyms";`)
}
