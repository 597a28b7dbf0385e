import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "video_files" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "caption_files" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "media" ADD CONSTRAINT "media_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_files" ADD CONSTRAINT "video_files_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "caption_files" ADD CONSTRAINT "caption_files_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_municipality_idx" ON "media" USING btree ("municipality_id");
  CREATE INDEX "video_files_municipality_idx" ON "video_files" USING btree ("municipality_id");
  CREATE INDEX "caption_files_municipality_idx" ON "caption_files" USING btree ("municipality_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT "media_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "video_files" DROP CONSTRAINT "video_files_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "caption_files" DROP CONSTRAINT "caption_files_municipality_id_municipalities_id_fk";
  
  DROP INDEX "media_municipality_idx";
  DROP INDEX "video_files_municipality_idx";
  DROP INDEX "caption_files_municipality_idx";
  ALTER TABLE "media" DROP COLUMN "municipality_id";
  ALTER TABLE "video_files" DROP COLUMN "municipality_id";
  ALTER TABLE "caption_files" DROP COLUMN "municipality_id";`)
}
