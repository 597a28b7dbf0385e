import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publish_log_action" AS ENUM('publish', 'unpublish', 'delete');
  CREATE TYPE "public"."enum_site_build_status" AS ENUM('idle', 'pending', 'running', 'succeeded', 'failed');
  CREATE TABLE "publish_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_publish_log_action" NOT NULL,
  	"document_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"title" varchar,
  	"user_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_build" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_build_status" DEFAULT 'idle',
  	"reason" varchar,
  	"requested_at" timestamp(3) with time zone,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"error" varchar,
  	"builds" numeric,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publish_log_id" integer;
  ALTER TABLE "publish_log" ADD CONSTRAINT "publish_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "publish_log_user_idx" ON "publish_log" USING btree ("user_id");
  CREATE INDEX "publish_log_updated_at_idx" ON "publish_log" USING btree ("updated_at");
  CREATE INDEX "publish_log_created_at_idx" ON "publish_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publish_log_fk" FOREIGN KEY ("publish_log_id") REFERENCES "public"."publish_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publish_log_id_idx" ON "payload_locked_documents_rels" USING btree ("publish_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publish_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_build" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publish_log" CASCADE;
  DROP TABLE "site_build" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publish_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_publish_log_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publish_log_id";
  DROP TYPE "public"."enum_publish_log_action";
  DROP TYPE "public"."enum_site_build_status";`)
}
