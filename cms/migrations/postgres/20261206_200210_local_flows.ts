import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_local_flows_added_steps_kind" AS ENUM('content', 'contact');
  CREATE TYPE "public"."enum_local_flows_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__local_flows_v_version_added_steps_kind" AS ENUM('content', 'contact');
  CREATE TYPE "public"."enum__local_flows_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__local_flows_v_published_locale" AS ENUM('da', 'en');
  CREATE TABLE "local_flows_added_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"after" varchar,
  	"key" varchar,
  	"kind" "enum_local_flows_added_steps_kind" DEFAULT 'content',
  	"required" boolean DEFAULT true,
  	"minutes" numeric DEFAULT 5
  );
  
  CREATE TABLE "local_flows_added_steps_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "local_flows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"flow_id" integer,
  	"source_hash" varchar,
  	"municipality_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_local_flows_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "local_flows_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "local_flows_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"lessons_id" integer,
  	"courses_id" integer,
  	"videos_id" integer,
  	"checklists_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "_local_flows_v_version_added_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"after" varchar,
  	"key" varchar,
  	"kind" "enum__local_flows_v_version_added_steps_kind" DEFAULT 'content',
  	"required" boolean DEFAULT true,
  	"minutes" numeric DEFAULT 5,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_local_flows_v_version_added_steps_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_local_flows_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_flow_id" integer,
  	"version_source_hash" varchar,
  	"version_municipality_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__local_flows_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__local_flows_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_local_flows_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_local_flows_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"lessons_id" integer,
  	"courses_id" integer,
  	"videos_id" integer,
  	"checklists_id" integer,
  	"faqs_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "local_flows_id" integer;
  ALTER TABLE "local_flows_added_steps" ADD CONSTRAINT "local_flows_added_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_flows_added_steps_locales" ADD CONSTRAINT "local_flows_added_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_flows_added_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_flows" ADD CONSTRAINT "local_flows_flow_id_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."flows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "local_flows" ADD CONSTRAINT "local_flows_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "local_flows_texts" ADD CONSTRAINT "local_flows_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_flows_rels" ADD CONSTRAINT "local_flows_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_flows_rels" ADD CONSTRAINT "local_flows_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_flows_rels" ADD CONSTRAINT "local_flows_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_flows_rels" ADD CONSTRAINT "local_flows_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_flows_rels" ADD CONSTRAINT "local_flows_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_flows_rels" ADD CONSTRAINT "local_flows_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_flows_v_version_added_steps" ADD CONSTRAINT "_local_flows_v_version_added_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_flows_v_version_added_steps_locales" ADD CONSTRAINT "_local_flows_v_version_added_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_flows_v_version_added_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_flows_v" ADD CONSTRAINT "_local_flows_v_parent_id_local_flows_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_flows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_flows_v" ADD CONSTRAINT "_local_flows_v_version_flow_id_flows_id_fk" FOREIGN KEY ("version_flow_id") REFERENCES "public"."flows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_flows_v" ADD CONSTRAINT "_local_flows_v_version_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_flows_v_texts" ADD CONSTRAINT "_local_flows_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_local_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_flows_v_rels" ADD CONSTRAINT "_local_flows_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_local_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_flows_v_rels" ADD CONSTRAINT "_local_flows_v_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_flows_v_rels" ADD CONSTRAINT "_local_flows_v_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_flows_v_rels" ADD CONSTRAINT "_local_flows_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_flows_v_rels" ADD CONSTRAINT "_local_flows_v_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_flows_v_rels" ADD CONSTRAINT "_local_flows_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "local_flows_added_steps_order_idx" ON "local_flows_added_steps" USING btree ("_order");
  CREATE INDEX "local_flows_added_steps_parent_id_idx" ON "local_flows_added_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "local_flows_added_steps_locales_locale_parent_id_unique" ON "local_flows_added_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "local_flows_flow_idx" ON "local_flows" USING btree ("flow_id");
  CREATE INDEX "local_flows_municipality_idx" ON "local_flows" USING btree ("municipality_id");
  CREATE INDEX "local_flows_updated_at_idx" ON "local_flows" USING btree ("updated_at");
  CREATE INDEX "local_flows_created_at_idx" ON "local_flows" USING btree ("created_at");
  CREATE INDEX "local_flows__status_idx" ON "local_flows" USING btree ("_status");
  CREATE INDEX "local_flows_texts_order_parent" ON "local_flows_texts" USING btree ("order","parent_id");
  CREATE INDEX "local_flows_rels_order_idx" ON "local_flows_rels" USING btree ("order");
  CREATE INDEX "local_flows_rels_parent_idx" ON "local_flows_rels" USING btree ("parent_id");
  CREATE INDEX "local_flows_rels_path_idx" ON "local_flows_rels" USING btree ("path");
  CREATE INDEX "local_flows_rels_lessons_id_idx" ON "local_flows_rels" USING btree ("lessons_id");
  CREATE INDEX "local_flows_rels_courses_id_idx" ON "local_flows_rels" USING btree ("courses_id");
  CREATE INDEX "local_flows_rels_videos_id_idx" ON "local_flows_rels" USING btree ("videos_id");
  CREATE INDEX "local_flows_rels_checklists_id_idx" ON "local_flows_rels" USING btree ("checklists_id");
  CREATE INDEX "local_flows_rels_faqs_id_idx" ON "local_flows_rels" USING btree ("faqs_id");
  CREATE INDEX "_local_flows_v_version_added_steps_order_idx" ON "_local_flows_v_version_added_steps" USING btree ("_order");
  CREATE INDEX "_local_flows_v_version_added_steps_parent_id_idx" ON "_local_flows_v_version_added_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_local_flows_v_version_added_steps_locales_locale_parent_id_" ON "_local_flows_v_version_added_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_local_flows_v_parent_idx" ON "_local_flows_v" USING btree ("parent_id");
  CREATE INDEX "_local_flows_v_version_version_flow_idx" ON "_local_flows_v" USING btree ("version_flow_id");
  CREATE INDEX "_local_flows_v_version_version_municipality_idx" ON "_local_flows_v" USING btree ("version_municipality_id");
  CREATE INDEX "_local_flows_v_version_version_updated_at_idx" ON "_local_flows_v" USING btree ("version_updated_at");
  CREATE INDEX "_local_flows_v_version_version_created_at_idx" ON "_local_flows_v" USING btree ("version_created_at");
  CREATE INDEX "_local_flows_v_version_version__status_idx" ON "_local_flows_v" USING btree ("version__status");
  CREATE INDEX "_local_flows_v_created_at_idx" ON "_local_flows_v" USING btree ("created_at");
  CREATE INDEX "_local_flows_v_updated_at_idx" ON "_local_flows_v" USING btree ("updated_at");
  CREATE INDEX "_local_flows_v_snapshot_idx" ON "_local_flows_v" USING btree ("snapshot");
  CREATE INDEX "_local_flows_v_published_locale_idx" ON "_local_flows_v" USING btree ("published_locale");
  CREATE INDEX "_local_flows_v_latest_idx" ON "_local_flows_v" USING btree ("latest");
  CREATE INDEX "_local_flows_v_texts_order_parent" ON "_local_flows_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_local_flows_v_rels_order_idx" ON "_local_flows_v_rels" USING btree ("order");
  CREATE INDEX "_local_flows_v_rels_parent_idx" ON "_local_flows_v_rels" USING btree ("parent_id");
  CREATE INDEX "_local_flows_v_rels_path_idx" ON "_local_flows_v_rels" USING btree ("path");
  CREATE INDEX "_local_flows_v_rels_lessons_id_idx" ON "_local_flows_v_rels" USING btree ("lessons_id");
  CREATE INDEX "_local_flows_v_rels_courses_id_idx" ON "_local_flows_v_rels" USING btree ("courses_id");
  CREATE INDEX "_local_flows_v_rels_videos_id_idx" ON "_local_flows_v_rels" USING btree ("videos_id");
  CREATE INDEX "_local_flows_v_rels_checklists_id_idx" ON "_local_flows_v_rels" USING btree ("checklists_id");
  CREATE INDEX "_local_flows_v_rels_faqs_id_idx" ON "_local_flows_v_rels" USING btree ("faqs_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_local_flows_fk" FOREIGN KEY ("local_flows_id") REFERENCES "public"."local_flows"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_local_flows_id_idx" ON "payload_locked_documents_rels" USING btree ("local_flows_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "local_flows_added_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_flows_added_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_flows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_flows_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_flows_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_flows_v_version_added_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_flows_v_version_added_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_flows_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_flows_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_flows_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "local_flows_added_steps" CASCADE;
  DROP TABLE "local_flows_added_steps_locales" CASCADE;
  DROP TABLE "local_flows" CASCADE;
  DROP TABLE "local_flows_texts" CASCADE;
  DROP TABLE "local_flows_rels" CASCADE;
  DROP TABLE "_local_flows_v_version_added_steps" CASCADE;
  DROP TABLE "_local_flows_v_version_added_steps_locales" CASCADE;
  DROP TABLE "_local_flows_v" CASCADE;
  DROP TABLE "_local_flows_v_texts" CASCADE;
  DROP TABLE "_local_flows_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_local_flows_fk";
  
  DROP INDEX "payload_locked_documents_rels_local_flows_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "local_flows_id";
  DROP TYPE "public"."enum_local_flows_added_steps_kind";
  DROP TYPE "public"."enum_local_flows_status";
  DROP TYPE "public"."enum__local_flows_v_version_added_steps_kind";
  DROP TYPE "public"."enum__local_flows_v_version_status";
  DROP TYPE "public"."enum__local_flows_v_published_locale";`)
}
