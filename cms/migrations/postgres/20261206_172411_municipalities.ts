import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "municipalities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"booking_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "municipalities_locales" (
  	"contact_opening_hours" varchar,
  	"accessibility_contact" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "flows" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "_flows_v" ADD COLUMN "version_municipality_id" integer;
  ALTER TABLE "lessons" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "_lessons_v" ADD COLUMN "version_municipality_id" integer;
  ALTER TABLE "courses" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "_courses_v" ADD COLUMN "version_municipality_id" integer;
  ALTER TABLE "videos" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "_videos_v" ADD COLUMN "version_municipality_id" integer;
  ALTER TABLE "checklists" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "_checklists_v" ADD COLUMN "version_municipality_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_municipality_id" integer;
  ALTER TABLE "users" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "municipalities_id" integer;
  ALTER TABLE "municipalities_locales" ADD CONSTRAINT "municipalities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "municipalities_code_idx" ON "municipalities" USING btree ("code");
  CREATE INDEX "municipalities_updated_at_idx" ON "municipalities" USING btree ("updated_at");
  CREATE INDEX "municipalities_created_at_idx" ON "municipalities" USING btree ("created_at");
  CREATE UNIQUE INDEX "municipalities_locales_locale_parent_id_unique" ON "municipalities_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "flows" ADD CONSTRAINT "flows_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_flows_v" ADD CONSTRAINT "_flows_v_version_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons" ADD CONSTRAINT "lessons_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_version_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses" ADD CONSTRAINT "courses_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_version_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "checklists" ADD CONSTRAINT "checklists_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_checklists_v" ADD CONSTRAINT "_checklists_v_version_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "flows_municipality_idx" ON "flows" USING btree ("municipality_id");
  CREATE INDEX "_flows_v_version_version_municipality_idx" ON "_flows_v" USING btree ("version_municipality_id");
  CREATE INDEX "lessons_municipality_idx" ON "lessons" USING btree ("municipality_id");
  CREATE INDEX "_lessons_v_version_version_municipality_idx" ON "_lessons_v" USING btree ("version_municipality_id");
  CREATE INDEX "courses_municipality_idx" ON "courses" USING btree ("municipality_id");
  CREATE INDEX "_courses_v_version_version_municipality_idx" ON "_courses_v" USING btree ("version_municipality_id");
  CREATE INDEX "videos_municipality_idx" ON "videos" USING btree ("municipality_id");
  CREATE INDEX "_videos_v_version_version_municipality_idx" ON "_videos_v" USING btree ("version_municipality_id");
  CREATE INDEX "checklists_municipality_idx" ON "checklists" USING btree ("municipality_id");
  CREATE INDEX "_checklists_v_version_version_municipality_idx" ON "_checklists_v" USING btree ("version_municipality_id");
  CREATE INDEX "faqs_municipality_idx" ON "faqs" USING btree ("municipality_id");
  CREATE INDEX "_faqs_v_version_version_municipality_idx" ON "_faqs_v" USING btree ("version_municipality_id");
  CREATE INDEX "users_municipality_idx" ON "users" USING btree ("municipality_id");
  CREATE INDEX "payload_locked_documents_rels_municipalities_id_idx" ON "payload_locked_documents_rels" USING btree ("municipalities_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "municipalities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "municipalities_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "municipalities" CASCADE;
  DROP TABLE "municipalities_locales" CASCADE;
  ALTER TABLE "flows" DROP CONSTRAINT "flows_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "_flows_v" DROP CONSTRAINT "_flows_v_version_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "lessons" DROP CONSTRAINT "lessons_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "_lessons_v" DROP CONSTRAINT "_lessons_v_version_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "courses" DROP CONSTRAINT "courses_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "_courses_v" DROP CONSTRAINT "_courses_v_version_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "videos" DROP CONSTRAINT "videos_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "_videos_v" DROP CONSTRAINT "_videos_v_version_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "checklists" DROP CONSTRAINT "checklists_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "_checklists_v" DROP CONSTRAINT "_checklists_v_version_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "users" DROP CONSTRAINT "users_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_municipalities_fk";
  
  DROP INDEX "flows_municipality_idx";
  DROP INDEX "_flows_v_version_version_municipality_idx";
  DROP INDEX "lessons_municipality_idx";
  DROP INDEX "_lessons_v_version_version_municipality_idx";
  DROP INDEX "courses_municipality_idx";
  DROP INDEX "_courses_v_version_version_municipality_idx";
  DROP INDEX "videos_municipality_idx";
  DROP INDEX "_videos_v_version_version_municipality_idx";
  DROP INDEX "checklists_municipality_idx";
  DROP INDEX "_checklists_v_version_version_municipality_idx";
  DROP INDEX "faqs_municipality_idx";
  DROP INDEX "_faqs_v_version_version_municipality_idx";
  DROP INDEX "users_municipality_idx";
  DROP INDEX "payload_locked_documents_rels_municipalities_id_idx";
  ALTER TABLE "flows" DROP COLUMN "municipality_id";
  ALTER TABLE "_flows_v" DROP COLUMN "version_municipality_id";
  ALTER TABLE "lessons" DROP COLUMN "municipality_id";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_municipality_id";
  ALTER TABLE "courses" DROP COLUMN "municipality_id";
  ALTER TABLE "_courses_v" DROP COLUMN "version_municipality_id";
  ALTER TABLE "videos" DROP COLUMN "municipality_id";
  ALTER TABLE "_videos_v" DROP COLUMN "version_municipality_id";
  ALTER TABLE "checklists" DROP COLUMN "municipality_id";
  ALTER TABLE "_checklists_v" DROP COLUMN "version_municipality_id";
  ALTER TABLE "faqs" DROP COLUMN "municipality_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_municipality_id";
  ALTER TABLE "users" DROP COLUMN "municipality_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "municipalities_id";`)
}
